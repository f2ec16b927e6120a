/**
 * What every read and write of reflections is built from: the author filter (`mine`), the
 * gatherings an author may reflect on, whether a baseline or closing reflection is submitted and
 * when the closing one is asked for, whether a quote is locked, and the rating columns. Used only
 * by the modules beside it, behind app/server/reflections.server.ts, the one door to reflections.
 */
import { and, desc, eq, lte, ne, sql, type AnyColumn, type Placeholder } from "drizzle-orm";
import { cohorts, finalReports, gatherings, invitations, programs, reflectionQuotes, reflections } from "../../../db/schema";
import type { Ratings } from "../../domain/indicators";
import { closingOpensDaysBefore, closingStaysDaysAfter, type ReflectionKind } from "../../domain/reflections";
import { getDb, type DbOrTx } from "../db.server";
import type { SessionUser } from "../session.server";

/** The filter every personal read carries. */
export const mine = (author: SessionUser) => eq(reflections.authorId, author.id);

export const ratingColumns = {
  roleIdentity: reflections.roleIdentity,
  roleClarity: reflections.roleClarity,
  otherLevelsUnderstanding: reflections.otherLevelsUnderstanding,
  collaboration: reflections.collaboration,
  leadershipConfidence: reflections.leadershipConfidence,
};
export const ratingsOf = ({
  roleIdentity,
  roleClarity,
  otherLevelsUnderstanding,
  collaboration,
  leadershipConfidence,
}: Ratings): Ratings => ({
  roleIdentity,
  roleClarity,
  otherLevelsUnderstanding,
  collaboration,
  leadershipConfidence,
});

/** Gatherings of the programme the author was invited to and that have started. */
export const reflectableGatherings = (tx: DbOrTx, author: SessionUser, programId: number, now: Date, gatheringId?: number) =>
  tx
    .select({ id: gatherings.id, title: gatherings.title, startsAt: gatherings.startsAt })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .where(
      and(
        eq(invitations.personId, author.id),
        eq(gatherings.programId, programId),
        lte(gatherings.startsAt, now),
        ne(gatherings.status, "cancelled"),
        gatheringId === undefined ? undefined : eq(gatherings.id, gatheringId),
      ),
    )
    .orderBy(desc(gatherings.startsAt))
    .all();

/**
 * A quote stays in a report once that report is submitted, so consent given before a report of the
 * programme was submitted can no longer be withdrawn.
 */
export const quoteLocked = sql<number>`exists (select 1 from ${finalReports}
  where ${finalReports.programId} = ${reflections.programId}
    and ${finalReports.status} in ('submitted', 'published')
    and ${finalReports.submittedAt} >= ${reflectionQuotes.consentedAt})`;

/** A submitted reflection of `kind` by the person in the programme, for `exists`/`not exists`. */
export const hasSubmitted = (personId: AnyColumn | Placeholder | number, programId: AnyColumn, kind: ReflectionKind) =>
  getDb()
    .select({ one: sql`1` })
    .from(reflections)
    .where(
      and(
        eq(reflections.authorId, personId),
        eq(reflections.programId, programId),
        eq(reflections.kind, kind),
        eq(reflections.status, "submitted"),
      ),
    );

/** When a cohort's closing reflection is asked for: around its end (or the programme's). */
export const cohortEnd = sql`coalesce(${cohorts.endsOn}, ${programs.periodEnd})`;
export const closingOpen = (today: string | Placeholder) =>
  sql`date(${cohortEnd}, ${`-${closingOpensDaysBefore} days`}) <= ${today} and date(${cohortEnd}, ${`+${closingStaysDaysAfter} days`}) >= ${today}`;
