import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { FollowSummaryView } from "../components/follow-summary";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { followSummary } from "../server/directorate.server";
import { requireProgramAccess } from "../server/guards.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "directorate.shared.title");

/** What the directorate sees of this programme, from the same function as the directorate's page. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { program } = await requireProgramAccess(request, params.programId, "coordinator");
  return { summary: followSummary(program.id) ?? null };
}

export default function SharedWithDirectorate() {
  const { summary } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t("directorate.shared.title")}
      </Heading>
      <Paragraph>{summary ? t("directorate.shared.intro") : t("directorate.shared.notFunded")}</Paragraph>
      {summary && <FollowSummaryView summary={summary} locale={locale} headingLevel={2} />}
    </div>
  );
}
