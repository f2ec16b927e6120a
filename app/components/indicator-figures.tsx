import { Details, Link, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { ratingKeys, ratingMax, type GroupFigures, type Stat } from "../domain/indicators";
import type { Translate, UiLocale } from "../i18n/catalog";
import { formatChange, formatMean, formatPercent } from "../i18n/numbers";
import { DumbbellChart } from "./charts";

const maxScale = Math.max(...Object.values(ratingMax));

/**
 * A group's anonymous indicator figures: response rate, a chart of baseline and latest means, the
 * same figures in a table, and the distribution of answers — drawn only when opened (the page's
 * `?open=` link, which works without JavaScript), so a page of many groups stays light. A suppressed
 * group shows only that it is too small. Without hooks (the reader's language comes as `t` and
 * `locale`), so the server can draw it once as HTML (staticMarkup).
 */
export function IndicatorFigures<K>({
  figures,
  name,
  id,
  distribution,
  t,
  locale,
}: {
  figures: GroupFigures<K>;
  name: string;
  id: string;
  /** Whether this group's distribution is open, and the address that opens it. */
  distribution: { open: boolean; href: string };
  t: Translate;
  locale: UiLocale;
}) {
  if (!figures.shown) {
    return (
      <Paragraph>
        <strong>{t("reflections.analytics.tooFew")}</strong>. {t("reflections.analytics.tooFewHint")}
      </Paragraph>
    );
  }
  const none = t("reflections.analytics.none");
  const mean = (s: Stat | null) => (s ? `${formatMean(s.mean, locale)} (${s.n})` : none);
  return (
    <div className="stack">
      <Paragraph>
        {figures.responseRate === null
          ? t("reflections.analytics.responseNoMembers", { authors: figures.authors })
          : t("reflections.analytics.response", {
              rate: formatPercent(figures.responseRate, locale),
              responding: figures.respondingMembers,
              members: figures.members,
            })}
      </Paragraph>
      <DumbbellChart
        id={`${id}-chart`}
        title={t("reflections.analytics.chartTitle", { group: name })}
        desc={t("reflections.analytics.chartDesc")}
        legend={{ baseline: t("reflections.analytics.baseline"), latest: t("reflections.analytics.latest") }}
        rows={ratingKeys.map((k) => ({
          label: t(`reflections.measure.${k}`),
          max: ratingMax[k],
          baseline: figures.measures[k].baseline?.mean ?? null,
          latest: figures.measures[k].latest?.mean ?? null,
        }))}
      />
      <div className="table-scroll">
        <Table>
          <caption>{t("reflections.analytics.tableCaption", { group: name })}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t("reflections.analytics.measure")}</TableHeaderCell>
              <TableHeaderCell>
                {t("reflections.analytics.baseline")} ({t("reflections.analytics.mean")}, {t("reflections.analytics.n")})
              </TableHeaderCell>
              <TableHeaderCell>
                {t("reflections.analytics.latest")} ({t("reflections.analytics.mean")}, {t("reflections.analytics.n")})
              </TableHeaderCell>
              <TableHeaderCell>{t("reflections.analytics.change")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {ratingKeys.map((k) => {
              const m = figures.measures[k];
              return (
                <TableRow key={k}>
                  <TableHeaderCell scope="row">
                    {t(`reflections.measure.${k}`)}{" "}
                    <span className="muted">({t("reflections.analytics.scale", { max: ratingMax[k] })})</span>
                  </TableHeaderCell>
                  <TableCell>{mean(m.baseline)}</TableCell>
                  <TableCell>{mean(m.latest)}</TableCell>
                  <TableCell>{m.change === null ? none : formatChange(m.change, locale)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <Paragraph data-size="sm" className="muted">
        {t("reflections.analytics.pairedNote", { baseline: figures.baselineAuthors, paired: figures.pairedAuthors })}
      </Paragraph>
      {!distribution.open ? (
        <Paragraph>
          <Link href={distribution.href}>{t("reflections.analytics.distribution")}</Link>
        </Paragraph>
      ) : (
        <Details defaultOpen id={`${id}-distribution`}>
          <Details.Summary>{t("reflections.analytics.distribution")}</Details.Summary>
          <Details.Content>
            <div className="table-scroll">
              <Table data-size="sm">
                <caption>{t("reflections.analytics.distributionCaption", { group: name })}</caption>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>{t("reflections.analytics.measure")}</TableHeaderCell>
                    <TableHeaderCell>{t("reflections.analytics.when")}</TableHeaderCell>
                    {Array.from({ length: maxScale }, (_, v) => (
                      <TableHeaderCell key={v}>{v + 1}</TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {ratingKeys.flatMap((k) =>
                    (["baseline", "latest"] as const).map((when) => {
                      const s = figures.measures[k][when];
                      return (
                        <TableRow key={`${k}-${when}`}>
                          <TableHeaderCell scope="row">{t(`reflections.measure.${k}`)}</TableHeaderCell>
                          <TableCell>{t(`reflections.analytics.${when}`)}</TableCell>
                          {Array.from({ length: maxScale }, (_, v) => (
                            <TableCell key={v}>{v < ratingMax[k] ? (s ? s.distribution[v] : none) : ""}</TableCell>
                          ))}
                        </TableRow>
                      );
                    }),
                  )}
                </TableBody>
              </Table>
            </div>
          </Details.Content>
        </Details>
      )}
    </div>
  );
}
