import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ReflectionContent } from "../components/reflection-view";
import { formatDate, formatDateTime } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { requireRole } from "../server/guards.server";
import { exportMine } from "../server/reflections.server";
import { clock } from "../server/clock.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reflections.print.title");
export const headers = () => ({ "Cache-Control": "private, no-store" });

/** Everything the leader has written, on one page that prints well. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "leader");
  return { name: user.name, exportedAt: clock.now(), reflections: exportMine(user) };
}

export default function PrintMyReflections() {
  const { name, exportedAt, reflections } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <article className="stack printable">
      <Heading level={1} data-size="lg">
        {t("reflections.mine.title")}
      </Heading>
      <Paragraph>{t("reflections.print.generated", { name, date: formatDateTime(exportedAt, locale) })}</Paragraph>
      <Paragraph className="muted no-print">{t("reflections.print.hint")}</Paragraph>
      {reflections.length === 0 && <Paragraph>{t("reflections.mine.empty")}</Paragraph>}
      {reflections.map((r) => (
        <section key={r.id} className="stack print-section" aria-labelledby={`r${r.id}`}>
          <Heading level={2} data-size="md" id={`r${r.id}`}>
            {t(`reflections.kind.${r.kind}`)}
            {r.gatheringTitle && `: ${r.gatheringTitle}`}
          </Heading>
          <Paragraph className="muted">
            {r.programTitle} · {t(`reflections.status.${r.status}`)} · {formatDate(r.submittedAt ?? r.updatedAt ?? r.createdAt, locale)}
          </Paragraph>
          <ReflectionContent reflection={r} headingLevel={3} />
          {r.quotes.length > 0 && (
            <>
              <Heading level={3} data-size="sm">
                {t("reflections.quotes.title")}
              </Heading>
              <ul>
                {r.quotes.map((q) => (
                  <li key={q.id}>
                    «{q.text}» —{" "}
                    {q.withdrawnAt
                      ? t("reflections.quotes.withdrawnOn", { date: formatDate(q.withdrawnAt, locale) })
                      : t("reflections.quotes.consentedOn", { date: formatDate(q.consentedAt, locale) })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </article>
  );
}
