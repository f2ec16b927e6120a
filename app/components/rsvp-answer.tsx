import { Button, Label, Textarea } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { useT } from "../i18n/react";

/** Accept or decline (with an optional reason) in one small form; `hidden` fields say what is answered. */
export function RsvpAnswerForm({ idPrefix, hidden, only }: { idPrefix: string; hidden: Record<string, string>; only?: "accepted" | "declined" }) {
  const t = useT();
  const reasonId = `${idPrefix}-reason`;
  return (
    <Form method="post" className="stack">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {only !== "accepted" && (
        <div className="ds-field">
          <Label htmlFor={reasonId}>{t("rsvp.declineReason")}</Label>
          <Textarea id={reasonId} name="reason" rows={2} maxLength={500} />
        </div>
      )}
      <div className="button-row">
        {only !== "declined" && (
          <Button type="submit" name="answer" value="accepted">
            {only ? t("rsvp.page.confirmAccept") : t("rsvp.accept")}
          </Button>
        )}
        {only !== "accepted" && (
          <Button type="submit" name="answer" value="declined" variant="secondary">
            {only ? t("rsvp.page.confirmDecline") : t("rsvp.decline")}
          </Button>
        )}
      </div>
    </Form>
  );
}
