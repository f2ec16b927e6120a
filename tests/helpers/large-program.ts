import { clock } from "../../app/server/clock.server";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db, Tx } from "../../app/server/db.server";
import * as s from "../../db/schema";

const dayMs = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Inserts in chunks, under SQLite's limit on bound parameters per statement. */
function insertAll<T extends SQLiteTable>(tx: Tx, table: T, rows: T["$inferInsert"][]) {
  for (let i = 0; i < rows.length; i += 500)
    tx.insert(table)
      .values(rows.slice(i, i + 500))
      .run();
}

/**
 * A programme of its own organisation with `leaders` leaders on three levels (10 % / 30 % / 60 %),
 * two cohorts per level, four held gatherings and one planned per cohort, and attendance taken at
 * every held gathering (about 1 in 7 absent or excused). For measuring the report at scale.
 */
export function createLargeProgram(db: Db, { leaders = 600, name = "Storby politidistrikt", now = clock.now() } = {}) {
  return db.transaction((tx) => {
    const [org] = tx.insert(s.organisations).values({ name, kind: "police_district" }).returning().all();
    const organisationId = org!.id;
    const levels = tx
      .insert(s.leaderLevels)
      .values([
        { organisationId, name: "Ledergruppen", position: 1 },
        { organisationId, name: "Operative ledere", position: 2 },
        { organisationId, name: "Førstelinjeledere", position: 3, isFirstLine: true },
      ])
      .returning()
      .all();
    const slug = name.toLowerCase().replace(/[^a-z]+/g, "-");
    const [coordinator] = tx
      .insert(s.people)
      .values({ organisationId, name: "Koordinator Storby", email: `koordinator@${slug}.example.org` })
      .returning()
      .all();
    tx.insert(s.personRoles).values({ personId: coordinator!.id, role: "coordinator" }).run();
    const [program] = tx
      .insert(s.programs)
      .values({
        organisationId,
        title: `Lederløftet ${name}`,
        purpose: "Rolleforståelse på alle nivåer.",
        mainFocus: "Førstelinjeledere",
        periodStart: isoDay(new Date(now.getTime() - 700 * dayMs)),
        periodEnd: isoDay(new Date(now.getTime() + 300 * dayMs)),
        status: "active",
        contactPersonId: coordinator!.id,
      })
      .returning()
      .all();
    const programId = program!.id;
    tx.insert(s.grants)
      .values({ programId, fund: "Kompetansemidler", category: "Organisasjons- og ledelsesutvikling", amountAwardedOre: 2_000_000_00 })
      .run();
    const lines = tx
      .insert(s.budgetLines)
      .values(s.budgetCategories.map((category, i) => ({ programId, category, amountOre: (i + 1) * 100_000_00 })))
      .returning()
      .all();
    insertAll(
      tx,
      s.expenses,
      lines.flatMap((line, i) =>
        Array.from({ length: 10 }, (_, k) => ({
          budgetLineId: line.id,
          spentOn: isoDay(new Date(now.getTime() - (k + 1) * 30 * dayMs)),
          description: `Utgift ${k + 1}`,
          amountOre: (i + 1) * 1_000_00 + k * 100,
        })),
      ),
    );
    insertAll(
      tx,
      s.disseminationActivities,
      Array.from({ length: 5 }, (_, i) => ({
        programId,
        heldOn: isoDay(new Date(now.getTime() - (i + 1) * 60 * dayMs)),
        audience: `Distrikt ${i + 1}`,
        format: "Presentasjon på felles ledersamling",
      })),
    );

    const people = tx
      .insert(s.people)
      .values(
        Array.from({ length: leaders }, (_, i) => ({
          organisationId,
          name: `Leder ${i + 1}`,
          email: `leder${i + 1}@${slug}.example.org`,
          leaderLevelId: levels[i < leaders * 0.1 ? 0 : i < leaders * 0.4 ? 1 : 2]!.id,
        })),
      )
      .returning({ id: s.people.id, leaderLevelId: s.people.leaderLevelId })
      .all();
    insertAll(
      tx,
      s.personRoles,
      people.map((p) => ({ personId: p.id, role: "leader" as const })),
    );

    const reps = tx
      .insert(s.people)
      .values(
        s.participationModes.map((mode, i) => ({ organisationId, name: `Tillitsvalgt ${mode}`, email: `tv${i}@${slug}.example.org` })),
      )
      .returning()
      .all();
    tx.insert(s.unionParticipations)
      .values(
        reps.map((rep, i) => ({
          programId,
          personId: rep.id,
          unionName: `Forbund ${i + 1}`,
          mode: s.participationModes[i]!,
          isChiefRepresentative: i === 0,
        })),
      )
      .run();
    tx.insert(s.programMembers).values({ programId, personId: reps[0]!.id, memberGroup: "secretariat" }).run();

    // Two cohorts per level, rolled out top-down; half of each level in each.
    const cohortRows = levels.flatMap((level, l) =>
      [0, 1].map((half) => ({
        programId,
        name: `Kull ${l * 2 + half + 1} – ${level.name}`,
        leaderLevelId: level.id,
        rolloutOrder: l * 2 + half + 1,
        startsOn: isoDay(new Date(now.getTime() - (600 - (l * 2 + half) * 80) * dayMs)),
      })),
    );
    const cohorts = tx.insert(s.cohorts).values(cohortRows).returning().all();
    const membersOf = new Map<number, typeof people>();
    levels.forEach((level, l) => {
      const ofLevel = people.filter((p) => p.leaderLevelId === level.id);
      const half = Math.ceil(ofLevel.length / 2);
      membersOf.set(cohorts[l * 2]!.id, ofLevel.slice(0, half));
      membersOf.set(cohorts[l * 2 + 1]!.id, ofLevel.slice(half));
    });
    insertAll(
      tx,
      s.cohortMemberships,
      cohorts.flatMap((c) =>
        membersOf.get(c.id)!.map((p) => ({ cohortId: c.id, personId: p.id, joinedAt: new Date(`${c.startsOn}T08:00:00Z`) })),
      ),
    );

    let turn = 0;
    const invitations: (typeof s.invitations.$inferInsert)[] = [];
    cohorts.forEach((cohort, c) => {
      for (let g = 0; g < 5; g++) {
        const held = g < 4;
        const startsAt = new Date(now.getTime() - (500 - c * 60 - g * 40) * dayMs + (held ? 0 : 900 * dayMs));
        const [gathering] = tx
          .insert(s.gatherings)
          .values({
            programId,
            title: `${cohort.name}: samling ${g + 1}`,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 30 * 3_600_000),
            status: held ? "held" : "planned",
          })
          .returning()
          .all();
        tx.insert(s.gatheringCohorts).values({ gatheringId: gathering!.id, cohortId: cohort.id }).run();
        if (!held) continue;
        for (const member of membersOf.get(cohort.id)!) {
          const n = turn++ % 14;
          invitations.push({
            gatheringId: gathering!.id,
            personId: member.id,
            cohortId: cohort.id,
            leaderLevelId: member.leaderLevelId,
            rsvp: "accepted",
            attendance: n === 3 ? "absent" : n === 9 ? "excused" : "present",
          });
        }
      }
    });
    insertAll(tx, s.invitations, invitations);
    return { programId, organisationId, coordinatorId: coordinator!.id };
  });
}
