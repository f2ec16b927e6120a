/**
 * The gathering form: what the coordinator types (Oslo dates and times, free agenda rows) and the
 * input it becomes (UTC instants). Shared by the new and edit pages, on the server and in the browser.
 */
import { dayMs } from "./time";
import { z } from "zod";
import type { gatheringKinds as schemaKinds } from "./enums";
import { osloToUtc, utcToOslo } from "./gatherings";

/** The schema's list, repeated so the browser bundle does not pull in the database schema. */
export const gatheringKinds = ["gathering", "workshop", "joint_gathering", "coaching"] as const satisfies typeof schemaKinds;
const maxDays = 14;
const date = z.string({ error: "gatherings.dateRequired" }).regex(/^\d{4}-\d{2}-\d{2}$/, "gatherings.dateInvalid");
const time = z.string({ error: "gatherings.timeRequired" }).regex(/^\d{2}:\d{2}$/, "gatherings.timeInvalid");
const text = (max: number) => z.string().trim().max(max, "form.tooLong").optional();
const ids = z.array(z.number({ error: "form.invalid" }).int().positive()).default([]);

/** Agenda rows left completely empty are ignored, so the form can offer a few spare rows. */
const agendaRow = z.object({
  date: date.optional(),
  time: time.optional(),
  title: text(200),
  facilitatorId: z.number({ error: "form.invalid" }).int().positive().optional(),
});

export const agendaSpareRows = 3;

const agendaRows = z.array(agendaRow).max(40, "form.tooLong").default([]);
export type AgendaItemInput = { startsAt: Date; title: string; facilitatorId: number | null };

/**
 * Agenda rows as instants within the gathering, in time order; a row without a date is on the first
 * day. Problems are reported on `ctx` at the row's fields. Without valid bounds no row is kept (the
 * time fields carry that error).
 */
function agendaWithin(
  rows: z.output<typeof agendaRows>,
  bounds: { startDate: string; startsAt: Date | null; endsAt: Date | null },
  ctx: z.RefinementCtx,
): AgendaItemInput[] {
  const { startDate, startsAt, endsAt } = bounds;
  const agenda = rows.flatMap((row, i) => {
    if (!row.date && !row.time && !row.title && !row.facilitatorId) return [];
    if (!row.title) ctx.addIssue({ code: "custom", path: ["agenda", i, "title"], message: "gatherings.agendaTitleRequired" });
    if (!row.time) ctx.addIssue({ code: "custom", path: ["agenda", i, "time"], message: "gatherings.timeRequired" });
    if (!row.title || !row.time || !startsAt || !endsAt || endsAt <= startsAt) return [];
    const at = osloToUtc(row.date ?? startDate, row.time);
    if (!at || at < startsAt || at > endsAt) {
      ctx.addIssue({ code: "custom", path: ["agenda", i, "time"], message: "gatherings.agendaOutside" });
      return [];
    }
    return [{ startsAt: at, title: row.title, facilitatorId: row.facilitatorId ?? null }];
  });
  return agenda.sort((a, b) => +a.startsAt - +b.startsAt);
}

/**
 * The agenda alone, for a gathering whose time is fixed (the facilitators' agenda page): the same
 * rows and rules as the gathering form's agenda part.
 */
export const agendaFormSchema = (gathering: { startsAt: Date; endsAt: Date }) =>
  z.object({ agenda: agendaRows }).transform((v, ctx) => ({
    agenda: agendaWithin(v.agenda, { startDate: utcToOslo(gathering.startsAt).date, ...gathering }, ctx),
  }));

/** The agenda page's starting rows: the stored agenda and a few spare rows. */
export const agendaFormDefaults = (agenda: AgendaItemInput[]) => ({ agenda: agendaDefaults(agenda) });

export const gatheringFormSchema = z
  .object({
    title: z.string({ error: "gatherings.titleRequired" }).trim().min(1, "gatherings.titleRequired").max(200, "form.tooLong"),
    theme: text(500),
    kind: z.enum(gatheringKinds, { error: "form.invalid" }),
    startDate: date,
    startTime: time,
    endDate: date,
    endTime: time,
    venueName: text(200),
    venueAddress: text(300),
    onlineUrl: z
      .url({ protocol: /^https?$/, error: "gatherings.urlInvalid" })
      .max(500, "form.tooLong")
      .optional(),
    capacity: z
      .number({ error: "gatherings.capacityInvalid" })
      .int("gatherings.capacityInvalid")
      .min(1, "gatherings.capacityInvalid")
      .max(10_000, "gatherings.capacityInvalid")
      .optional(),
    cohortIds: ids,
    extraInviteeIds: ids,
    facilitatorIds: ids,
    agenda: agendaRows,
    saveAnyway: z.boolean().optional(),
    /** The warnings the coordinator was shown (see warningsKey). */
    acknowledged: z.string().max(10_000).optional(),
  })
  .transform((v, ctx) => {
    const startsAt = osloToUtc(v.startDate, v.startTime);
    const endsAt = osloToUtc(v.endDate, v.endTime);
    if (!startsAt) ctx.addIssue({ code: "custom", path: ["startTime"], message: "gatherings.timeDoesNotExist" });
    if (!endsAt) ctx.addIssue({ code: "custom", path: ["endTime"], message: "gatherings.timeDoesNotExist" });
    if (startsAt && endsAt && endsAt <= startsAt) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "gatherings.endBeforeStart" });
    } else if (startsAt && endsAt && +endsAt - +startsAt > maxDays * dayMs) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "gatherings.tooLong" });
    }
    if (!v.venueName && !v.onlineUrl) {
      ctx.addIssue({ code: "custom", path: ["venueName"], message: "gatherings.placeRequired" });
    }
    const agenda = agendaWithin(v.agenda, { startDate: v.startDate, startsAt, endsAt }, ctx);
    if (!startsAt || !endsAt) return z.NEVER;
    return {
      title: v.title,
      theme: v.theme ?? "",
      kind: v.kind,
      startsAt,
      endsAt,
      venueName: v.venueName ?? "",
      venueAddress: v.venueAddress ?? "",
      onlineUrl: v.onlineUrl ?? "",
      capacity: v.capacity ?? null,
      cohortIds: [...new Set(v.cohortIds)],
      extraInviteeIds: [...new Set(v.extraInviteeIds)],
      facilitatorIds: [...new Set(v.facilitatorIds)],
      agenda,
      saveAnyway: v.saveAnyway ?? false,
      acknowledged: v.acknowledged ?? "",
    };
  });

export type GatheringFormValue = z.output<typeof gatheringFormSchema>;
export type GatheringInput = Omit<GatheringFormValue, "saveAnyway" | "acknowledged">;

type AgendaDefault = { date?: string; time?: string; title?: string; facilitatorId?: string };
const spareRows = (): AgendaDefault[] => Array.from({ length: agendaSpareRows }, () => ({}));

export type GatheringFormDefaults = ReturnType<typeof gatheringFormDefaults>;

/** What the form starts with: a stored gathering, or sensible blanks for a new one. */
export function gatheringFormDefaults(g?: GatheringInput): Record<string, string | string[] | AgendaDefault[]> {
  if (!g) return { kind: "gathering", startTime: "09:00", endTime: "15:00", agenda: spareRows() };
  const start = utcToOslo(g.startsAt);
  const end = utcToOslo(g.endsAt);
  return {
    title: g.title,
    theme: g.theme,
    kind: g.kind,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    venueName: g.venueName,
    venueAddress: g.venueAddress,
    onlineUrl: g.onlineUrl,
    capacity: g.capacity === null ? "" : String(g.capacity),
    cohortIds: g.cohortIds.map(String),
    extraInviteeIds: g.extraInviteeIds.map(String),
    facilitatorIds: g.facilitatorIds.map(String),
    agenda: agendaDefaults(g.agenda),
  };
}

function agendaDefaults(agenda: AgendaItemInput[]): AgendaDefault[] {
  return [
    ...agenda.map((a) => {
      const at = utcToOslo(a.startsAt);
      return { date: at.date, time: at.time, title: a.title, facilitatorId: a.facilitatorId ? String(a.facilitatorId) : "" };
    }),
    ...spareRows(),
  ];
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date `days` later (or earlier), as yyyy-mm-dd; dates are Oslo days, so no time zone is involved. */
function shiftDay(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The form for a copy of a gathering: everything kept, the days moved so that it starts on
 * `startDate` (a multi-day gathering and its agenda keep their shape and wall-clock times). Without
 * a valid start date the dates are left for the coordinator to fill in.
 */
export function copyGatheringDefaults(g: GatheringInput, startDate: string | null): ReturnType<typeof gatheringFormDefaults> {
  const form = gatheringFormDefaults(g);
  const from = form.startDate as string;
  const valid = startDate !== null && isoDay.test(startDate) && !Number.isNaN(Date.parse(startDate));
  const offset = valid ? Math.round((Date.parse(startDate) - Date.parse(from)) / dayMs) : 0;
  const move = (date: string | undefined) => (date && valid ? shiftDay(date, offset) : "");
  return {
    ...form,
    startDate: move(from),
    endDate: move(form.endDate as string),
    agenda: (form.agenda as AgendaDefault[]).map((row) => (row.date ? { ...row, date: move(row.date) } : row)),
  };
}
