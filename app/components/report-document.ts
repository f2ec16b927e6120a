/**
 * The final report as a list of sections of simple blocks, in the reader's language. The web page,
 * the print page and the PDF all draw this one structure, so they always say the same thing.
 */
import { derivedFrom } from "../domain/derived";
import type { Locale } from "../domain/enums";
import { indicatorKeys, narrativeKeys, type Attendance, type NarrativeKey, type ReportModel } from "../domain/report";
import { translator, uiLocaleOf, type Translate, type UiLocale } from "../i18n/catalog";
import { formatDate, formatDay } from "../i18n/dates";
import { formatChange, formatMean, formatMoney as formatMoneyIn, formatPercent } from "../i18n/numbers";

export type ReportBlock =
  | { kind: "facts"; items: { label: string; value: string; highlight?: boolean }[] }
  | { kind: "subheading"; text: string }
  | { kind: "text"; text: string; muted?: boolean }
  | {
      kind: "table";
      caption: string;
      head: string[];
      /** Columns holding figures, aligned right. */
      numeric: boolean[];
      rows: { cells: string[]; highlight: boolean }[];
    }
  /** A bar chart of shares (0–1); a bar without a value is withheld and shows only its text. */
  | { kind: "bars"; caption: string; note: string; bars: { label: string; value: number | null; text: string; highlight: boolean }[] }
  | { kind: "quotes"; items: string[] };

export type ReportSection = {
  key: NarrativeKey;
  number: number;
  title: string;
  narrative: string;
  blocks: ReportBlock[];
  /** The union representatives' own text, in the union section only. */
  statement?: { title: string; text: string; empty: string };
};

export type ReportStatusInfo = {
  status: "draft" | "submitted" | "published";
  submittedAt: Date | string | null;
  publishedAt: Date | string | null;
  contentHash: string | null;
};

export type ReportDocument = {
  lang: UiLocale;
  title: string;
  subtitle: string;
  meta: string[];
  draft: boolean;
  sections: ReportSection[];
};

export const formatMoney = (ore: number, currency: string, locale: Locale) => formatMoneyIn(ore, currency, uiLocaleOf(locale));

export const formatShare = (share: number, locale: Locale) => formatPercent(share, uiLocaleOf(locale));

const orDash = (value: number | null, format: (v: number, l: UiLocale) => string, locale: Locale) =>
  value === null ? "–" : format(value, uiLocaleOf(locale));

const period = (from: string | null, to: string | null, locale: Locale) =>
  from || to ? `${from ? formatDay(from, locale) : "…"} – ${to ? formatDay(to, locale) : "…"}` : "–";

/** "92 % (8 leaders, 30 days present)", or why the level is withheld. */
export function attendanceText(figures: Attendance | null, withheld: "none" | "too_few" | null, t: Translate, locale: Locale) {
  if (figures) {
    const rate = formatShare(figures.rate, locale);
    // Reports frozen before days were counted have no days in their figures.
    const days = (figures as Partial<Attendance>).daysAttended;
    return days === undefined
      ? t("report.about.attendanceValue", { rate, people: figures.people })
      : t("rollCall.report.attendanceValue", { rate, people: figures.people, days });
  }
  return t(withheld === "none" ? "report.noAttendance" : "report.tooFew");
}

function aboutBlocks(model: ReportModel, t: Translate, locale: Locale): ReportBlock[] {
  const { about, focus } = model;
  const levelName = new Map(about.levels.map((l) => [l.levelId, l.name]));
  const focusName = (name: string, isFocus: boolean) => (isFocus ? t("report.about.focusMark", { name }) : name);
  const blocks: ReportBlock[] = [
    {
      kind: "facts",
      items: [
        { label: t("report.about.purpose"), value: about.purpose || "–" },
        { label: t("report.about.mainFocus"), value: about.mainFocus || "–" },
        ...(focus
          ? [
              { label: t("report.about.requestedFocus"), value: focus.levelName ?? t("report.about.allLevels"), highlight: true },
              ...(focus.text ? [{ label: t("report.about.focusText"), value: focus.text }] : []),
            ]
          : []),
      ],
    },
    { kind: "subheading", text: t("report.about.rollout") },
  ];
  blocks.push(
    about.rollout.length
      ? {
          kind: "table",
          caption: t("report.about.rollout"),
          head: [
            t("report.about.col.order"),
            t("report.about.col.cohort"),
            t("report.about.col.level"),
            t("report.about.col.period"),
            t("report.about.col.members"),
          ],
          numeric: [true, false, false, false, true],
          rows: about.rollout.map((c, i) => ({
            cells: [
              String(i + 1),
              c.name,
              c.levelName ?? "–",
              period(c.startsOn, c.endsOn, locale),
              c.members === null ? t("report.tooFew") : String(c.members),
            ],
            highlight: c.isFocus,
          })),
        }
      : { kind: "text", text: t("report.about.noCohorts"), muted: true },
    { kind: "subheading", text: t("report.about.results") },
    {
      kind: "facts",
      items: [
        { label: t("report.about.cohorts"), value: String(about.cohorts) },
        { label: t("report.about.gatheringsHeld"), value: String(about.gatherings.held) },
        { label: t("report.about.gatheringsUpcoming"), value: String(about.gatherings.upcoming) },
        { label: t("report.about.gatheringsCancelled"), value: String(about.gatherings.cancelled) },
        {
          label: t("report.about.overall"),
          value: about.overall ? attendanceText(about.overall, null, t, locale) : t("report.tooFew"),
        },
      ],
    },
    {
      kind: "bars",
      caption: t("report.about.attendance"),
      note: t("report.about.attendanceHint"),
      bars: about.levels.map((l) => ({
        label: focusName(l.name, l.isFocus),
        value: l.figures?.rate ?? null,
        text: attendanceText(l.figures, l.withheld, t, locale),
        highlight: l.isFocus,
      })),
    },
    { kind: "subheading", text: t("report.about.indicators") },
  );
  blocks.push({
    kind: "table",
    caption: t("report.about.indicators"),
    head: [
      t("report.about.col.level"),
      t("report.about.col.indicator"),
      t("report.about.col.baseline"),
      t("report.about.col.latest"),
      t("report.about.col.change"),
    ],
    numeric: [false, false, true, true, true],
    rows: about.indicators.flatMap((level) => {
      const isFocus = level.levelId === focus?.levelId;
      const name = focusName(levelName.get(level.levelId) ?? "–", isFocus);
      if (!level.reported) return [{ cells: [name, t("report.tooFew"), "", "", ""], highlight: isFocus }];
      return indicatorKeys.flatMap((key) => {
        const value = level.values.find((v) => v.key === key);
        if (!value) return [];
        return [
          {
            cells: [
              name,
              t(`report.indicator.${key}`),
              orDash(value.baseline, formatMean, locale),
              orDash(value.latest, formatMean, locale),
              orDash(value.change, formatChange, locale),
            ],
            highlight: isFocus,
          },
        ];
      });
    }),
  });
  blocks.push({ kind: "subheading", text: t("report.about.quotes") });
  if (!about.quotes.length) blocks.push({ kind: "text", text: t("report.about.noQuotes"), muted: true });
  else blocks.push({ kind: "quotes", items: about.quotes });
  // Reports frozen before feedback existed have none to show, and say nothing of it.
  if (about.feedback) {
    blocks.push({ kind: "subheading", text: t("report.about.feedback") });
    blocks.push(
      about.feedback.length
        ? {
            kind: "table",
            caption: t("report.about.feedback"),
            head: [
              t("report.about.col.gathering"),
              t("report.about.col.held"),
              t("report.about.col.answers"),
              t("report.about.col.feedbackOverall"),
              t("report.about.col.feedbackRelevance"),
            ],
            numeric: [false, false, true, true, true],
            rows: about.feedback.map((g) => ({
              cells: [
                g.title,
                formatDay(g.heldOn, locale),
                String(g.answers),
                g.overall === null ? t("report.tooFew") : formatMean(g.overall, uiLocaleOf(locale)),
                g.relevance === null ? t("report.tooFew") : formatMean(g.relevance, uiLocaleOf(locale)),
              ],
              highlight: false,
            })),
          }
        : { kind: "text", text: t("report.about.noFeedback"), muted: true },
    );
  }
  return blocks;
}

function collaborationBlocks(model: ReportModel, t: Translate): ReportBlock[] {
  const { collaboration } = model;
  const blocks: ReportBlock[] =
    collaboration.stated === "listed"
      ? [
          {
            kind: "table",
            caption: t("report.section.collaboration"),
            head: [t("report.collaboration.col.organisation"), t("report.collaboration.col.description")],
            numeric: [false, false],
            rows: collaboration.organisations.map((o) => ({ cells: [o.name, o.description || "–"], highlight: false })),
          },
        ]
      : [{ kind: "text", text: t(collaboration.stated === "none" ? "report.collaboration.none" : "report.collaboration.notStated") }];
  if (collaboration.partners.length) {
    blocks.push(
      { kind: "subheading", text: t("report.collaboration.partners") },
      {
        kind: "facts",
        items: collaboration.partners.map((p) => ({ label: p.name, value: p.role || "–" })),
      },
    );
  }
  return blocks;
}

function unionBlocks(model: ReportModel, t: Translate): ReportBlock[] {
  const { union } = model;
  const yesNo = (value: boolean) => t(value ? "report.yes" : "report.no");
  const blocks: ReportBlock[] = [
    {
      kind: "facts",
      items: [
        { label: t("report.union.representatives"), value: String(union.representatives) },
        { label: t("report.union.chief"), value: yesNo(union.hasChiefRepresentative) },
        { label: t("report.union.chiefInSecretariat"), value: yesNo(union.chiefInSecretariat) },
      ],
    },
  ];
  if (union.modes.length) {
    blocks.push({
      kind: "table",
      caption: t("report.union.modes"),
      head: [t("report.union.col.mode"), t("report.union.col.count")],
      numeric: [false, true],
      rows: union.modes.map((m) => ({ cells: [t(`participation.${m.mode}`), String(m.count)], highlight: false })),
    });
  }
  blocks.push({ kind: "subheading", text: t("report.union.comments") });
  blocks.push({
    kind: "facts",
    items: [
      { label: t("report.union.commentsGiven"), value: String(union.comments.given) },
      { label: t("report.union.commentsAnswered"), value: String(union.comments.answered) },
      ...union.comments.dispositions.map((d) => ({ label: t(`report.disposition.${d.disposition}`), value: String(d.count) })),
    ],
  });
  return blocks;
}

function disseminationBlocks(model: ReportModel, t: Translate, locale: Locale): ReportBlock[] {
  const { activities } = model.dissemination;
  if (!activities.length) return [{ kind: "text", text: t("report.dissemination.none"), muted: true }];
  return [
    { kind: "facts", items: [{ label: t("report.dissemination.count"), value: String(activities.length) }] },
    {
      kind: "table",
      caption: t("report.section.dissemination"),
      head: [
        t("report.dissemination.col.date"),
        t("report.dissemination.col.audience"),
        t("report.dissemination.col.format"),
        t("report.dissemination.col.description"),
      ],
      numeric: [false, false, false, false],
      rows: activities.map((a) => ({
        cells: [formatDay(a.heldOn, locale), a.audience, a.format, a.description || "–"],
        highlight: false,
      })),
    },
  ];
}

function fundsBlocks(model: ReportModel, t: Translate, locale: Locale): ReportBlock[] {
  const { funds } = model;
  const money = (ore: number | null) => (ore === null ? t("report.notRegistered") : formatMoney(ore, funds.currency, locale));
  const blocks: ReportBlock[] = [
    {
      kind: "facts",
      items: [
        { label: t("report.funds.awarded"), value: money(funds.awardedOre) },
        { label: t("report.funds.spent"), value: money(funds.spentOre) },
        { label: t("report.funds.remaining"), value: money(funds.remainingOre) },
      ],
    },
  ];
  blocks.push(
    funds.categories.length
      ? {
          kind: "table",
          caption: t("report.funds.byCategory"),
          head: [t("report.funds.col.category"), t("report.funds.budgeted"), t("report.funds.spent")],
          numeric: [false, true, true],
          rows: funds.categories.map((c) => ({
            cells: [t(`report.budgetCategory.${c.category}`), money(c.budgetedOre), money(c.spentOre)],
            highlight: false,
          })),
        }
      : { kind: "text", text: t("report.funds.noBudget"), muted: true },
  );
  return blocks;
}

function contactBlocks(model: ReportModel, t: Translate, locale: Locale): ReportBlock[] {
  const updated = { label: t("report.contact.updated"), value: formatDay(model.updatedOn, locale) };
  if (!model.contact)
    return [
      { kind: "text", text: t("report.contact.none"), muted: true },
      { kind: "facts", items: [updated] },
    ];
  return [
    {
      kind: "facts",
      items: [
        { label: t("report.contact.name"), value: model.contact.name },
        { label: t("report.contact.email"), value: model.contact.email },
        updated,
      ],
    },
  ];
}

function summaryBlocks(model: ReportModel, t: Translate, locale: Locale): ReportBlock[] {
  const { summary, program } = model;
  return [
    {
      kind: "facts",
      items: [
        { label: t("report.summary.organisation"), value: summary.organisationName },
        { label: t("report.summary.program"), value: program.title },
        { label: t("report.summary.period"), value: period(program.periodStart, program.periodEnd, locale) },
        { label: t("report.summary.fund"), value: summary.fund || t("report.notRegistered") },
        { label: t("report.summary.category"), value: summary.grantCategory ?? t("report.notRegistered") },
        {
          label: t("report.summary.awarded"),
          value:
            summary.amountAwardedOre === null ? t("report.notRegistered") : formatMoney(summary.amountAwardedOre, summary.currency, locale),
        },
      ],
    },
  ];
}

/**
 * The report as a document in one language. The builder and the directorate's pages draw a draft's
 * model on every view, and on the server the model is the same object until its programme's data
 * changes (see reportModelFor), so each model's document is built once per language and status;
 * callers only read it.
 */
export function reportDocument(model: ReportModel, info: ReportStatusInfo, locale: Locale): ReportDocument {
  const key = JSON.stringify([locale, info.status, info.submittedAt, info.publishedAt, info.contentHash]);
  return derivedFrom(model, `document:${key}`, () => buildReportDocument(model, info, locale));
}

function buildReportDocument(model: ReportModel, info: ReportStatusInfo, locale: Locale): ReportDocument {
  const t = translator(uiLocaleOf(locale));
  const blocksOf: Record<NarrativeKey, () => ReportBlock[]> = {
    summary: () => summaryBlocks(model, t, locale),
    about: () => aboutBlocks(model, t, locale),
    collaboration: () => collaborationBlocks(model, t),
    union: () => unionBlocks(model, t),
    dissemination: () => disseminationBlocks(model, t, locale),
    funds: () => fundsBlocks(model, t, locale),
    contact: () => contactBlocks(model, t, locale),
  };
  const meta =
    info.status === "draft"
      ? [t("report.meta.draft")]
      : [
          info.status === "published" && info.publishedAt
            ? t("report.meta.published", { date: formatDate(new Date(info.publishedAt), locale) })
            : t("report.meta.submitted", { date: formatDate(new Date(info.submittedAt ?? 0), locale) }),
          ...(info.contentHash ? [t("report.meta.hash", { hash: info.contentHash })] : []),
        ];
  return {
    lang: uiLocaleOf(locale),
    title: t("report.documentTitle", { program: model.program.title }),
    subtitle: model.program.organisationName,
    meta,
    draft: info.status === "draft",
    sections: narrativeKeys.map((key, i) => ({
      key,
      number: i + 1,
      title: t(`report.section.${key}`),
      narrative: model.narrative[key]?.trim() ?? "",
      blocks: blocksOf[key](),
      ...(key === "union"
        ? {
            statement: {
              title: t("report.union.statement"),
              text: model.narrative.unionStatement?.trim() ?? "",
              empty: t("report.union.noStatement"),
            },
          }
        : {}),
    })),
  };
}

/** Narrative text as paragraphs: blank lines separate them. */
export const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
