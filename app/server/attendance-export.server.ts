/**
 * Attendance as a CSV a funder can use: one row per invitation of every gathering that was not
 * cancelled, in the reader's language, `;`-separated (what Excel expects in Norway), optionally
 * with a UTF-8 byte order mark so Excel reads æ, ø, å right.
 */
import { and, asc, count, eq, inArray, ne } from "drizzle-orm";
import { attendanceDays, facilitators, gatheringFacilitators, gatherings, invitations } from "../../db/schema";
import { daysAttended, gatheringDays } from "../domain/attendance";
import { csvHeaders, toCsv } from "../domain/csv";
import { utcToOslo } from "../domain/gatherings";
import type { Locale } from "../../db/schema";
import { translator, uiLocaleOf, type Translate } from "../i18n/catalog";
import { getDb } from "./db.server";
import { inviteeRows } from "./invitees.server";

export type ExportScope = { programId: number } | { gatheringId: number };

export const exportColumns = [
  "gathering",
  "date",
  "start",
  "end",
  "durationHours",
  "place",
  "facilitators",
  "person",
  "unit",
  "level",
  "cohort",
  "rsvp",
  "attendance",
  "daysAttended",
] as const;

export function attendanceCsv(scope: ExportScope, t: Translate, decimalComma: boolean, bom: boolean): string {
  const db = getDb();
  const gatheringRows = db
    .select()
    .from(gatherings)
    .where(
      and(
        "programId" in scope ? eq(gatherings.programId, scope.programId) : eq(gatherings.id, scope.gatheringId),
        ne(gatherings.status, "cancelled"),
      ),
    )
    .orderBy(asc(gatherings.startsAt))
    .all();
  const ids = gatheringRows.map((g) => g.id);
  const facilitatorRows = ids.length
    ? db
        .select({ gatheringId: gatheringFacilitators.gatheringId, name: facilitators.name })
        .from(gatheringFacilitators)
        .innerJoin(facilitators, eq(facilitators.id, gatheringFacilitators.facilitatorId))
        .where(inArray(gatheringFacilitators.gatheringId, ids))
        .orderBy(asc(facilitators.name))
        .all()
    : [];
  const invitees = ids.length ? inviteeRows(db, inArray(invitations.gatheringId, ids)) : [];
  const recorded = new Map(
    ids.length
      ? db
          .select({ invitationId: attendanceDays.invitationId, days: count() })
          .from(attendanceDays)
          .innerJoin(invitations, eq(invitations.id, attendanceDays.invitationId))
          .where(inArray(invitations.gatheringId, ids))
          .groupBy(attendanceDays.invitationId)
          .all()
          .map((r) => [r.invitationId, r.days])
      : [],
  );
  const rows = gatheringRows.flatMap((g) => {
    const start = utcToOslo(g.startsAt);
    const end = utcToOslo(g.endsAt);
    const hours = ((+g.endsAt - +g.startsAt) / 3_600_000).toFixed(2).replace(/\.?0+$/, "");
    const dayCount = gatheringDays(g.startsAt, g.endsAt).length;
    const common = [
      g.title,
      start.date,
      start.time,
      end.date === start.date ? end.time : `${end.date} ${end.time}`,
      decimalComma ? hours.replace(".", ",") : hours,
      [g.venueName, g.venueAddress].filter(Boolean).join(", ") || g.onlineUrl,
      facilitatorRows
        .filter((f) => f.gatheringId === g.id)
        .map((f) => f.name)
        .join(", "),
    ];
    return invitees
      .filter((i) => i.gatheringId === g.id)
      .map((i) => [
        ...common,
        i.name,
        i.unit ?? "",
        i.level ?? "",
        i.cohort ?? "",
        t(`rsvp.status.${i.rsvp}`),
        i.attendance ? t(`attendance.status.${i.attendance}`) : "",
        i.attendance ? String(daysAttended(i.attendance, recorded.get(i.id) ?? 0, dayCount)) : "",
      ]);
  });
  return toCsv(
    exportColumns.map((c) => t(`export.column.${c}`)),
    rows.map((row) => row.map((cell) => cell ?? "")),
    { delimiter: ";", bom },
  );
}

/** The CSV as a download, in the user's language (Norwegian and Swedish readers get decimal commas). */
export function csvResponse(request: Request, user: { preferredLanguage: Locale }, scope: ExportScope, filename: string) {
  const bom = new URL(request.url).searchParams.get("bom") === "1";
  const locale = uiLocaleOf(user.preferredLanguage);
  const csv = attendanceCsv(scope, translator(locale), locale !== "en", bom);
  return new Response(csv, { headers: csvHeaders(filename) });
}
