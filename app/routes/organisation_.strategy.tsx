import { Card, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { IntentButton } from "../components/intent-form";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { backTo, postedId, readIntent, unknownIntent } from "../server/forms.server";
import { adoptNationalStrategy, strategiesForAdoption } from "../server/national-strategy.server";
import { requireOrgScope } from "../server/org-scope.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "directorate.strategy.adoptTitle");

/** The national strategies published for this kind of organisation, to adopt beside the local focus areas. */
export async function loader({ request }: LoaderFunctionArgs) {
  const scope = await requireOrgScope(request, "coordinator", "admin");
  return { versions: strategiesForAdoption(scope.organisationId) };
}

export async function action({ request }: ActionFunctionArgs) {
  const scope = await requireOrgScope(request, "coordinator", "admin");
  const posted = await readIntent(request);
  if (posted.intent !== "adopt") throw unknownIntent();
  adoptNationalStrategy(scope.organisationId, postedId(posted, "strategyId"));
  return backTo(request);
}

export default function AdoptNationalStrategy() {
  const { versions } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="stack">
      <Paragraph>
        <Link href="/organisation">{t("directorate.strategy.back")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("directorate.strategy.adoptTitle")}
      </Heading>
      <Paragraph>{t("directorate.strategy.adoptIntro")}</Paragraph>
      {versions.length === 0 && <Paragraph className="muted">{t("directorate.strategy.noneToAdopt")}</Paragraph>}
      {versions.map((v) => (
        <Card key={v.id} className="stack">
          <Heading level={2} data-size="sm">
            {v.title} ({t("directorate.strategy.period", { from: v.fromYear, to: v.toYear })})
          </Heading>
          <ul>
            {v.areas.map((a) => (
              <li key={a.id}>
                <strong>{a.title}</strong>: {a.goal}
              </li>
            ))}
          </ul>
          {v.adopted ? (
            <Paragraph>
              <Tag data-color="success">{t("directorate.strategy.adopted")}</Tag>
            </Paragraph>
          ) : (
            <div>
              <IntentButton intent="adopt" values={{ strategyId: v.id }} variant="primary">
                {t("directorate.strategy.adopt", { title: v.title })}
              </IntentButton>
            </div>
          )}
        </Card>
      ))}
    </div>
  );
}
