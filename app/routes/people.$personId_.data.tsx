import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { people } from "../../db/schema";
import { FormErrors, TextField } from "../components/form";
import { useIntentForm } from "../components/intent-form";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { getDb } from "../server/db.server";
import { hasRole, notFound, parseId, requireRole } from "../server/guards.server";
import { erasePersonalData, exportPersonalData } from "../server/personal-data.server";
import type { SessionUser } from "../server/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "privacy.nav");

/** Admins reach anyone; a coordinator only people of their own organisation. */
function findPerson(user: SessionUser, personIdParam: string | undefined) {
  const personId = parseId(personIdParam);
  const person = getDb()
    .select({ id: people.id, name: people.name, email: people.email, erasedAt: people.erasedAt })
    .from(people)
    .where(hasRole(user, "admin") ? eq(people.id, personId) : and(eq(people.id, personId), eq(people.organisationId, user.organisationId)))
    .get();
  if (!person) throw notFound();
  return person;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin", "coordinator");
  const person = findPerson(user, params.personId);
  if (new URL(request.url).searchParams.get("download") === "json") {
    return new Response(JSON.stringify(exportPersonalData(person.id, {}), null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="samling-person-${person.id}.json"`,
        "Cache-Control": "no-store",
      },
    });
  }
  return { person: { id: person.id, name: person.name, erased: Boolean(person.erasedAt) }, canErase: hasRole(user, "admin") };
}

const eraseSchema = z.object({ confirmEmail: z.string({ error: "form.required" }).trim().toLowerCase() });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "admin");
  const person = findPerson(user, params.personId);
  const submission = parseWithZod(await request.formData(), {
    schema: eraseSchema.refine((v) => v.confirmEmail === person.email, {
      path: ["confirmEmail"],
      message: "privacy.person.confirmMismatch",
    }),
  });
  if (submission.status !== "success") return data({ result: submission.reply(), erased: false }, { status: 400 });
  erasePersonalData(person.id, user);
  return { result: submission.reply({ resetForm: true }), erased: true };
}

export default function PersonData() {
  const { person, canErase } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const [form, fields] = useIntentForm("erase", eraseSchema, null, { validate: "onSubmit" });
  const labels = { confirmEmail: t("privacy.person.confirm") };
  return (
    <section className="stack narrow" aria-labelledby="person-data-title">
      <Heading level={1} data-size="lg" id="person-data-title">
        {t("privacy.person.title", { name: person.name })}
      </Heading>
      {actionData?.erased && (
        <Alert data-color="success" role="status">
          {t("privacy.person.erased")}
        </Alert>
      )}
      <Paragraph>
        <Link href={`/people/${person.id}/data?download=json`} download>
          {t("privacy.person.export")}
        </Link>
      </Paragraph>
      <Paragraph data-size="sm" className="muted">
        {t("privacy.person.exportNote")}
      </Paragraph>
      {person.erased ? (
        <Paragraph>{t("privacy.person.alreadyErased")}</Paragraph>
      ) : (
        canErase && (
          <Form method="post" {...getFormProps(form)} className="stack">
            <Heading level={2} data-size="sm">
              {t("privacy.person.erase")}
            </Heading>
            <Paragraph>{t("privacy.person.eraseNote")}</Paragraph>
            <FormErrors form={form} labels={labels} />
            <TextField meta={fields.confirmEmail} label={labels.confirmEmail} type="email" />
            <Button type="submit" data-color="danger">
              {t("privacy.person.erase")}
            </Button>
          </Form>
        )
      )}
    </section>
  );
}
