/**
 * Demo data for the directorate's side: a second police district with a completed programme whose
 * final report is published, so the portal, the comparison and the report library show something
 * on first start. Kept apart from seed.ts so the two change independently.
 *
 * The seed writes through the connection it is given (the test template is not the app's
 * connection), so the frozen report is built here from the rows written, with the same domain
 * functions the app uses (indicators.ts for the figures, report.ts for the model).
 */
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { reflectionFigures, type IndicatorRow } from "../domain/indicators";
import { buildReportModel, canonicalJson, indicatorKeys, type ReportRows } from "../domain/report";
import { dayMs } from "../domain/time";
import { osloDay } from "../i18n/dates";
import type { Db } from "./db.server";
import { onWeekdays, osloAt } from "./demo-dates.server";
import * as s from "../../db/schema";

const names = ["Siri Nordvik", "Tor Aune", "Lene Myhre", "Ivar Kvam", "Berit Sand", "Odd Fagerli", "Åsne Lyng", "Pål Røed", "Gunhild Bø"];

export function seedSecondDistrict(db: Db, passwordHash: string, now: Date) {
  const at = (days: number) => new Date(now.getTime() + days * dayMs);
  db.transaction((tx) => {
    const org = tx.insert(s.organisations).values({ name: "Havnevik politidistrikt", kind: "police_district" }).returning().get();
    const levels = tx
      .insert(s.leaderLevels)
      .values([
        // Names of their own, so tests that find the demo's levels by name find Fjellby's.
        { organisationId: org.id, name: "Politimesterens ledergruppe", position: 1 },
        { organisationId: org.id, name: "Seksjonsledere", position: 2 },
        { organisationId: org.id, name: "Team- og patruljeledere", position: 3, isFirstLine: true },
      ])
      .returning()
      .all();
    const coordinator = tx
      .insert(s.people)
      .values({ organisationId: org.id, name: "Kristin Havsø", email: "coordinator@havnevik.example.org", passwordHash })
      .returning()
      .get();
    tx.insert(s.personRoles).values({ personId: coordinator.id, role: "coordinator" }).run();
    const program = tx
      .insert(s.programs)
      .values({
        organisationId: org.id,
        title: "Trygge ledere i Havnevik",
        purpose: "Styrke rolleforståelse og samhandling mellom ledernivåene.",
        mainFocus: "Team- og patruljeledere",
        periodStart: osloDay(at(-720)),
        periodEnd: osloDay(at(-40)),
        status: "reported",
        contactPersonId: coordinator.id,
        noCollaborators: true,
      })
      .returning()
      .get();
    tx.insert(s.grants)
      .values({
        programId: program.id,
        fund: "Kompetansemidler",
        category: "Organisasjons- og ledelsesutvikling",
        amountAwardedOre: 400_000_00,
      })
      .run();
    const lines = tx
      .insert(s.budgetLines)
      .values([
        { programId: program.id, category: "external_partner", amountOre: 250_000_00 },
        { programId: program.id, category: "venue", amountOre: 100_000_00 },
      ])
      .returning()
      .all();
    tx.insert(s.expenses)
      .values([
        { budgetLineId: lines[0]!.id, spentOn: osloDay(at(-500)), description: "Prosessveileder, del 1", amountOre: 120_000_00 },
        { budgetLineId: lines[0]!.id, spentOn: osloDay(at(-200)), description: "Prosessveileder, del 2", amountOre: 110_000_00 },
        { budgetLineId: lines[1]!.id, spentOn: osloDay(at(-300)), description: "Kurssted", amountOre: 84_500_00 },
      ])
      .run();

    // Six leaders per level, one cohort per level, rolled out from the top.
    const cohortRows = levels.map((level, i) =>
      tx
        .insert(s.cohorts)
        .values({
          programId: program.id,
          name: `Havnevik kull ${i + 1}`,
          leaderLevelId: level.id,
          rolloutOrder: i + 1,
          startsOn: osloDay(at(-700 + i * 60)),
          endsOn: osloDay(at(-60)),
        })
        .returning()
        .get(),
    );
    const leaders = levels.flatMap((level, li) =>
      names.slice(0, 6).map((name, k) => {
        const person = tx
          .insert(s.people)
          .values({
            organisationId: org.id,
            name: `${name} ${li + 1}`,
            email: `leder${li * 6 + k + 1}@havnevik.example.org`,
            leaderLevelId: level.id,
          })
          .returning()
          .get();
        tx.insert(s.personRoles).values({ personId: person.id, role: "leader" }).run();
        tx.insert(s.cohortMemberships)
          .values({ cohortId: cohortRows[li]!.id, personId: person.id, joinedAt: at(-710) })
          .run();
        return { id: person.id, levelId: level.id, cohortId: cohortRows[li]!.id, index: li * 6 + k };
      }),
    );

    // Four joint gatherings, all held; one leader in six absent from each.
    const attendance = new Map<number, { present: number; absent: number }>();
    for (let g = 0; g < 4; g++) {
      const startsAt = osloAt(now, onWeekdays(now, -600 + g * 150), 9);
      const gathering = tx
        .insert(s.gatherings)
        .values({
          programId: program.id,
          title: `Felles samling ${g + 1}`,
          kind: "joint_gathering",
          startsAt,
          endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
          venueName: "Havnevik kulturhus",
          status: "held",
        })
        .returning()
        .get();
      tx.insert(s.gatheringCohorts)
        .values(cohortRows.map((c) => ({ gatheringId: gathering.id, cohortId: c.id })))
        .run();
      tx.insert(s.invitations)
        .values(
          leaders.map((l) => {
            const present = (l.index + g) % 6 !== 0;
            const tally = attendance.get(l.id) ?? { present: 0, absent: 0 };
            tally[present ? "present" : "absent"] += 1;
            attendance.set(l.id, tally);
            return {
              gatheringId: gathering.id,
              personId: l.id,
              cohortId: l.cohortId,
              leaderLevelId: l.levelId,
              rsvp: "accepted" as const,
              attendance: present ? ("present" as const) : ("absent" as const),
              attendanceMarkedAt: gathering.endsAt,
              attendanceMarkedById: coordinator.id,
            };
          }),
        )
        .run();
    }

    // A baseline and a closing reflection from every leader: the first-line level grew the most.
    const indicatorRows: IndicatorRow[] = leaders.flatMap((l) => {
      const growth = l.levelId === levels[2]!.id ? 2 : 1;
      const base = 2 + (l.index % 2);
      const ratings = (v: number) => ({
        roleIdentity: v + 1,
        roleClarity: v,
        otherLevelsUnderstanding: v,
        collaboration: v,
        leadershipConfidence: v,
      });
      return [
        {
          authorId: l.id,
          levelId: l.levelId,
          cohortId: l.cohortId,
          kind: "baseline" as const,
          submittedAt: at(-690),
          ratings: ratings(base),
        },
        {
          authorId: l.id,
          levelId: l.levelId,
          cohortId: l.cohortId,
          kind: "closing" as const,
          submittedAt: at(-70),
          ratings: ratings(Math.min(5, base + growth)),
        },
      ];
    });
    tx.insert(s.reflections)
      .values(
        indicatorRows.map((r) => ({
          authorId: r.authorId,
          programId: program.id,
          kind: r.kind,
          status: "submitted" as const,
          leaderLevelId: r.levelId,
          cohortId: r.cohortId,
          submittedAt: r.submittedAt,
          ...r.ratings,
        })),
      )
      .run();

    tx.insert(s.disseminationActivities)
      .values({
        programId: program.id,
        heldOn: osloDay(at(-35)),
        audience: "Ledere i Fjellby politidistrikt",
        format: "Presentasjon på felles ledersamling",
        description: "Hva vi lærte om samhandling mellom nivåene.",
      })
      .run();

    const directorate = tx.select().from(s.people).where(eq(s.people.email, "directorate@example.org")).get()!;
    const request = tx
      .insert(s.reportRequests)
      .values({
        programId: program.id,
        requestedById: directorate.id,
        focusLevelId: levels[2]!.id,
        focusText: "Rolleforståelsen til team- og patruljelederne.",
        dueOn: osloDay(at(-20)),
      })
      .returning()
      .get();

    const figures = reflectionFigures(indicatorRows, (r) => r.levelId);
    const narrative = {
      summary: "Programmet samlet alle ledernivåene i Havnevik om felles rolleforståelse.",
      about: "Tre kull, ett per nivå, med fire felles samlinger.",
      funds: "Midlene gikk til prosessveileder og kurssted.",
    };
    const rows: ReportRows = {
      program: {
        title: program.title,
        purpose: program.purpose,
        mainFocus: program.mainFocus,
        periodStart: program.periodStart,
        periodEnd: program.periodEnd,
        organisationName: org.name,
        noCollaborators: true,
      },
      grant: { fund: "Kompetansemidler", category: "Organisasjons- og ledelsesutvikling", amountAwardedOre: 400_000_00, currency: "NOK" },
      contact: { name: coordinator.name, email: coordinator.email },
      focus: { levelId: request.focusLevelId, text: request.focusText, dueOn: request.dueOn },
      levels: levels.map((l) => ({ id: l.id, name: l.name, position: l.position })),
      cohorts: cohortRows.map((c) => ({
        name: c.name,
        levelId: c.leaderLevelId,
        rolloutOrder: c.rolloutOrder,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        members: 6,
      })),
      gatherings: [{ status: "held", count: 4 }],
      // The seeded gatherings are one day each: a day attended per gathering present.
      attendance: leaders.map((l) => ({
        levelId: l.levelId,
        personId: l.id,
        ...attendance.get(l.id)!,
        excused: 0,
        daysAttended: attendance.get(l.id)!.present,
      })),
      collaborators: [],
      partners: [],
      union: {
        representatives: 0,
        modes: [],
        hasChiefRepresentative: false,
        chiefInSecretariat: false,
        comments: { given: 0, answered: 0, dispositions: [] },
      },
      dissemination: [
        {
          heldOn: osloDay(at(-35)),
          audience: "Ledere i Fjellby politidistrikt",
          format: "Presentasjon på felles ledersamling",
          description: "Hva vi lærte om samhandling mellom nivåene.",
        },
      ],
      feedback: [],
      budget: [
        { category: "external_partner", budgetedOre: 250_000_00, spentOre: 230_000_00 },
        { category: "venue", budgetedOre: 100_000_00, spentOre: 84_500_00 },
      ],
      indicators: levels.map((level) => {
        const group = figures.get(level.id);
        return group?.shown
          ? {
              levelId: level.id,
              reported: true,
              values: indicatorKeys.map((key) => ({
                key,
                baseline: group.measures[key].baseline?.mean ?? null,
                latest: group.measures[key].latest?.mean ?? null,
                change: group.measures[key].change,
              })),
            }
          : { levelId: level.id, reported: false, values: [] };
      }),
      quotes: [],
      narrative,
      updatedOn: osloDay(at(-30)),
    };
    const snapshot = buildReportModel(rows);
    tx.insert(s.finalReports)
      .values({
        programId: program.id,
        requestId: request.id,
        status: "published",
        narrative,
        snapshot,
        contentHash: createHash("sha256").update(canonicalJson(snapshot)).digest("hex"),
        submittedAt: at(-30),
        submittedById: coordinator.id,
        publishedAt: at(-25),
        publishedById: directorate.id,
        updatedAt: at(-25),
      })
      .run();
  });
}
