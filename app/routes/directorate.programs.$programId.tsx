import { Link, Paragraph } from "@digdir/designsystemet-react";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { FollowSummaryView } from "../components/follow-summary";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { conditionalHeaders, dataRevision, notModifiedIf } from "../server/conditional-get.server";
import { followSummary } from "../server/directorate.server";
import { notFound, parseId, requireRole } from "../server/guards.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "directorate.follow.listTitle", undefined, { subject: data?.summary.program.title });
export const headers = conditionalHeaders;

/** The live summary of one funded programme; a programme without a grant is not followed (404). */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, "directorate");
  const cache = notModifiedIf(request, context, user, dataRevision("national"));
  const summary = followSummary(parseId(params.programId));
  if (!summary) throw notFound();
  return data({ summary }, { headers: cache });
}

export default function FollowedProgramme() {
  const { summary } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="stack">
      <Paragraph>
        <Link href="/directorate/programs">{t("directorate.follow.listTitle")}</Link>
      </Paragraph>
      <FollowSummaryView summary={summary} locale={locale} />
    </div>
  );
}
