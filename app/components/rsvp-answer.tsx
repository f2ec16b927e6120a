import { Alert, Button, Details, Label, Textarea } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import type { RsvpStatus } from "../domain/rsvp";
import { useT } from "../i18n/react";
import { translateError } from "./form";

/**
 * Accept, or decline with an optional reason. `only` is the confirm step of an e-mail link (one
 * answer); otherwise the answer already given is not offered again. `hidden` says what is answered.
 */
export function RsvpAnswerForm({
  idPrefix,
  hidden,
  only,
  current,
}: {
  idPrefix: string;
  hidden: Record<string, string>;
  only?: "accepted" | "declined";
  current?: RsvpStatus;
}) {
  const t = useT();
  const reasonId = `${idPrefix}-reason`;
  const offerAccept = only ? only === "accepted" : current !== "accepted" && current !== "waitlisted";
  const offerDecline = only ? only === "declined" : current !== "declined";
  const decline = (
    <div className="stack">
      <div className="ds-field">
        <Label htmlFor={reasonId}>{t("rsvp.declineReason")}</Label>
        <Textarea id={reasonId} name="reason" rows={2} maxLength={500} />
      </div>
      <Button type="submit" name="answer" value="declined" variant={only ? "primary" : "secondary"}>
        {only ? t("rsvp.page.confirmDecline") : t("rsvp.decline")}
      </Button>
    </div>
  );
  return (
    <Form method="post" className="stack">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {offerAccept && (
        <Button type="submit" name="answer" value="accepted">
          {only ? t("rsvp.page.confirmAccept") : t("rsvp.accept")}
        </Button>
      )}
      {offerDecline &&
        (only ? (
          decline
        ) : (
          <Details>
            <Details.Summary>{t("rsvp.decline")}</Details.Summary>
            <Details.Content>{decline}</Details.Content>
          </Details>
        ))}
    </Form>
  );
}

/** Why an answer was refused (a gathering no longer open, a tampered form), at the top of the page. */
export function RsvpRefusal({ reply }: { reply: { result?: { error?: Record<string, string[] | null> } } | undefined }) {
  const t = useT();
  const errors = Object.values(reply?.result?.error ?? {}).flatMap((e) => e ?? []);
  if (errors.length === 0) return null;
  return (
    <Alert data-color="danger" role="alert">
      {errors.map((e) => translateError(t, e)).join(" ")}
    </Alert>
  );
}
