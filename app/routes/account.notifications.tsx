import { Alert, Button, Fieldset, Heading, Input, Label, Paragraph } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { categoriesFor, notificationCategories } from "../domain/notification-preferences";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { getDb } from "../server/db.server";
import { parseForm, readIntent } from "../server/forms.server";
import { requireUser } from "../server/guards.server";
import { preferencesOf, setPreference } from "../server/notification-preferences.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "notifications.title");

/** "Varsler": which optional e-mails the signed-in person wants; the essential ones are listed as such. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { preferences: preferencesOf(user.id), categories: categoriesFor(user.roles) };
}

/** The ticked categories are on, the others off (an unticked checkbox is not posted). */
const schema = z.object({ enabled: z.array(z.enum(notificationCategories)).default([]) });

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = parseForm(await readIntent(request), schema);
  if (!form.ok) return form.reply;
  return form.run(
    ({ enabled }) =>
      getDb().transaction((tx) => {
        // Only the categories offered to this person: the others are not on the form, so not unticked.
        for (const category of categoriesFor(user.roles)) setPreference(tx, user.id, category, enabled.includes(category));
      }),
    () => data({ saved: true }),
  );
}

export default function NotificationPreferences() {
  const { preferences, categories } = useLoaderData<typeof loader>();
  const saved = useActionData<typeof action>();
  const t = useT();
  return (
    <section className="stack" aria-labelledby="notifications-title">
      <Heading level={1} data-size="lg" id="notifications-title">
        {t("notifications.title")}
      </Heading>
      <Paragraph>{t("notifications.intro")}</Paragraph>
      {saved && "saved" in saved && (
        <Alert data-color="success" role="status">
          {t("notifications.saved")}
        </Alert>
      )}
      <Form method="post" className="stack">
        <Fieldset>
          <Fieldset.Legend>{t("notifications.optional")}</Fieldset.Legend>
          {categories.map((category) => (
            <div className="ds-field" data-position="start" key={category}>
              <Input
                type="checkbox"
                id={`notify-${category}`}
                name="enabled"
                value={category}
                defaultChecked={preferences[category]}
                aria-describedby={`notify-${category}-help`}
              />
              <Label htmlFor={`notify-${category}`} weight="regular">
                {t(`notifications.category.${category}`)}
              </Label>
              <Paragraph data-size="sm" className="muted" id={`notify-${category}-help`}>
                {t(`notifications.category.${category}Help`)}
              </Paragraph>
            </div>
          ))}
        </Fieldset>
        <div>
          <Button type="submit">{t("notifications.save")}</Button>
        </div>
      </Form>
      <section className="stack" aria-labelledby="notifications-essential">
        <Heading level={2} data-size="sm" id="notifications-essential">
          {t("notifications.essential")}
        </Heading>
        <Paragraph>{t("notifications.essentialText")}</Paragraph>
      </section>
    </section>
  );
}
