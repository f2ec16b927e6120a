/**
 * Demo data: a police district running a leader development programme, a municipality beside it
 * (so isolation between organisations is visible), and the directorate. Dates are relative to the
 * day of seeding so the demo always has past and upcoming gatherings.
 */
import { onWeekdays, osloAt } from "./demo-dates.server";
import { dayMs } from "../domain/time";
import { osloDay } from "../i18n/dates";
import { sql } from "drizzle-orm";
import type { Db } from "./db.server";
import { hashPassword } from "./password.server";
import * as s from "../../db/schema";
import { clock } from "./clock.server";
import { seedSecondDistrict } from "./demo-seed-directorate.server";

export const demoPassword = "samling-demo";
export type DemoLogin = { role: s.Role; email: string };

export function isDatabaseEmpty(db: Db) {
  return !db
    .select({ one: sql`1` })
    .from(s.organisations)
    .limit(1)
    .get();
}

const firstNames = [
  "Ingrid",
  "Ola",
  "Kari",
  "Per",
  "Silje",
  "Anders",
  "Marte",
  "Jonas",
  "Hanne",
  "Eirik",
  "Tone",
  "Håkon",
  "Åse",
  "Bjørn",
  "Liv",
  "Øystein",
  "Randi",
  "Sindre",
  "Guro",
  "Torbjørn",
  "Camilla",
  "Magnus",
  "Synnøve",
  "Espen",
  "Ragnhild",
  "Vegard",
  "Hilde",
  "Kristian",
  "Nora",
  "Stian",
  "Mette",
  "Trond",
  "Ida",
  "Geir",
  "Linn",
  "Rune",
  "Sofie",
  "Arne",
  "Kjersti",
  "Henrik",
];
const lastNames = [
  "Haugen",
  "Berg",
  "Dahl",
  "Lie",
  "Strand",
  "Solberg",
  "Bakke",
  "Moen",
  "Lund",
  "Hagen",
  "Nygård",
  "Sæther",
  "Aas",
  "Eide",
  "Holm",
  "Rønning",
  "Fjeld",
  "Vik",
  "Brekke",
  "Tangen",
];

export async function seedDemo(db: Db, now = clock.now()): Promise<DemoLogin[]> {
  // One hash for every demo account: scrypt is deliberately slow, and these share a password anyway.
  const passwordHash = await hashPassword(demoPassword);
  const ms = (days: number) => new Date(now.getTime() + days * dayMs);

  db.transaction((tx) => {
    const [district, municipality, directorate] = tx
      .insert(s.organisations)
      .values([
        { name: "Fjellby politidistrikt", kind: "police_district" },
        { name: "Elvik kommune", kind: "municipality" },
        { name: "Direktoratet (demo)", kind: "agency" },
      ])
      .returning()
      .all() as [typeof s.organisations.$inferSelect, typeof s.organisations.$inferSelect, typeof s.organisations.$inferSelect];

    const units = tx
      .insert(s.units)
      .values(
        ["Stab", "Felles operativ enhet", "Etterretning og etterforskning", "Nord driftsenhet", "Sør driftsenhet"].map((name) => ({
          organisationId: district.id,
          name,
        })),
      )
      .returning()
      .all();
    const [levelGroup, levelOperational, levelFirstLine] = tx
      .insert(s.leaderLevels)
      .values([
        { organisationId: district.id, name: "Ledergruppen", position: 1 },
        { organisationId: district.id, name: "Operative ledere", position: 2 },
        { organisationId: district.id, name: "Førstelinjeledere", position: 3, isFirstLine: true },
      ])
      .returning()
      .all() as [typeof s.leaderLevels.$inferSelect, typeof s.leaderLevels.$inferSelect, typeof s.leaderLevels.$inferSelect];

    const [strategy] = tx
      .insert(s.strategies)
      .values({ organisationId: district.id, title: "Strategi for Fjellby politidistrikt 2025–2028" })
      .returning()
      .all();
    const focus = tx
      .insert(s.focusAreas)
      .values([
        {
          strategyId: strategy!.id,
          position: 1,
          title: "Ledelse som eget fag",
          goal: "Ledere på alle nivåer tar lederrollen og utøver den tydelig.",
          measures: "Lederutviklingsprogram; lederavtaler; felles ledersamlinger.",
          rationale: "Gode fagfolk blir ledere uten å ha lært å lede.",
        },
        {
          strategyId: strategy!.id,
          position: 2,
          title: "Samhandling og tillit",
          goal: "Ledere, rådgivere og tillitsvalgte samarbeider tidlig og åpent.",
          measures: "Tillitsvalgte i sekretariat og arbeidsgruppe; felles arenaer.",
          rationale: "Beslutninger blir bedre og står seg lenger når de er forankret.",
        },
        {
          strategyId: strategy!.id,
          position: 3,
          title: "Kunnskapsbasert utvikling",
          goal: "Vi måler det som betyr noe og deler det vi lærer.",
          measures: "Indikatorer for rolleforståelse; spredning til andre distrikter.",
          rationale: "Det som måles med omtanke, blir fulgt opp.",
        },
      ])
      .returning()
      .all();

    const person = (values: Omit<typeof s.people.$inferInsert, "email"> & { email: string }, roles: s.Role[]) => {
      const [row] = tx
        .insert(s.people)
        .values({ ...values, email: values.email.toLowerCase() })
        .returning()
        .all();
      tx.insert(s.personRoles)
        .values(roles.map((role) => ({ personId: row!.id, role })))
        .run();
      return row!;
    };

    const coordinator = person(
      { organisationId: district.id, name: "Hege Sandvik", email: "coordinator@example.org", passwordHash, unitId: units[0]!.id },
      ["coordinator"],
    );
    const demoLeader = person(
      {
        organisationId: district.id,
        name: "Lars Øverby",
        email: "leader@example.org",
        passwordHash,
        unitId: units[3]!.id,
        leaderLevelId: levelFirstLine.id,
      },
      ["leader"],
    );
    const chiefRep = person(
      { organisationId: district.id, name: "Marit Kvam", email: "union@example.org", passwordHash, unitId: units[1]!.id },
      ["union_rep"],
    );
    const internalFacilitator = person(
      { organisationId: district.id, name: "Terje Foss", email: "facilitator@example.org", passwordHash, unitId: units[0]!.id },
      ["facilitator"],
    );
    person({ organisationId: directorate.id, name: "Anne Grete Lunde", email: "directorate@example.org", passwordHash }, ["directorate"]);
    person({ organisationId: directorate.id, name: "System Administrator", email: "admin@example.org", passwordHash }, ["admin"]);

    const otherReps = [
      { name: "Petter Ulvik", union: "Parat", mode: "full" as const },
      { name: "Siri Nesset", union: "NTL Politiet", mode: "selected_gatherings" as const },
      { name: "Kjell Ramstad", union: "Juristforbundet – Politiet", mode: "informed" as const },
    ].map((r, i) => ({
      ...r,
      person: person(
        {
          organisationId: district.id,
          name: r.name,
          email: `${r.name.split(" ")[0]!.toLowerCase()}.tillitsvalgt@fjellby.example.org`,
          unitId: units[i + 1]!.id,
        },
        ["union_rep"],
      ),
    }));

    // 8 in the leadership group, 12 operational leaders, 20 first-line leaders (the demo leader is one).
    const levelOf = (i: number) => (i < 8 ? levelGroup : i < 20 ? levelOperational : levelFirstLine);
    const leaders = firstNames.slice(0, 39).map((first, i) =>
      person(
        {
          organisationId: district.id,
          name: `${first} ${lastNames[i % lastNames.length]}`,
          email: `${first}.${lastNames[i % lastNames.length]}@fjellby.example.org`
            .toLowerCase()
            .normalize("NFD")
            .replace(/[\u0300-\u036f]/g, "")
            .replace(/ø/g, "o")
            .replace(/æ/g, "ae"),
          unitId: units[i % units.length]!.id,
          leaderLevelId: levelOf(i).id,
          preferredLanguage: i % 13 === 5 ? "en" : "nb",
        },
        ["leader"],
      ),
    );
    leaders.push(demoLeader);

    const [program] = tx
      .insert(s.programs)
      .values({
        organisationId: district.id,
        title: "Ledelse i Fjellby 2025–2027",
        purpose:
          "Styrke rolleforståelsen hos ledere på alle nivåer: fra å se seg selv som fagperson til å ta lederrollen og det den rommer på sitt nivå.",
        mainFocus: "Rolleforståelse og samhandling mellom ledere, rådgivere og tillitsvalgte.",
        periodStart: osloDay(ms(-450)),
        periodEnd: osloDay(ms(550)),
        status: "active",
        contactPersonId: coordinator.id,
        noCollaborators: false,
      })
      .returning()
      .all();
    const programId = program!.id;
    tx.insert(s.programStatusChanges).values({ programId, fromStatus: "planning", toStatus: "active", changedById: coordinator.id }).run();
    const [partner] = tx
      .insert(s.externalPartners)
      .values({ programId, name: "Lederkraft AS", role: "Ekstern samarbeidspartner for design og gjennomføring av samlinger" })
      .returning()
      .all();
    tx.insert(s.collaboratingOrganisations)
      .values({ programId, name: "Nabodal politidistrikt", description: "Felles ledersamling og erfaringsdeling" })
      .run();
    tx.insert(s.grants)
      .values({
        programId,
        fund: "Tilskudd til kompetanseutvikling",
        category: "Organisasjons- og ledelsesutvikling",
        amountAppliedOre: 650_000_00,
        amountAwardedOre: 500_000_00,
      })
      .run();
    const lines = tx
      .insert(s.budgetLines)
      .values([
        { programId, category: "external_partner", description: "Lederkraft AS", amountOre: 250_000_00 },
        { programId, category: "venue", description: "Lokaler og servering", amountOre: 120_000_00 },
        { programId, category: "travel", description: "Reise for deltakere", amountOre: 60_000_00 },
        { programId, category: "materials", description: "Litteratur og materiell", amountOre: 20_000_00 },
        { programId, category: "internal_facilitators", description: "Frikjøp av interne lærekrefter", amountOre: 50_000_00 },
      ])
      .returning()
      .all();
    tx.insert(s.expenses)
      .values([
        {
          budgetLineId: lines[0]!.id,
          spentOn: osloDay(ms(-300)),
          description: "Samling 1 og 2",
          amountOre: 95_000_00,
          createdById: coordinator.id,
        },
        {
          budgetLineId: lines[1]!.id,
          spentOn: osloDay(ms(-300)),
          description: "Hotell, samling 1",
          amountOre: 42_500_00,
          createdById: coordinator.id,
        },
        {
          budgetLineId: lines[1]!.id,
          spentOn: osloDay(ms(-120)),
          description: "Hotell, samling 2",
          amountOre: 44_750_50,
          createdById: coordinator.id,
        },
        {
          budgetLineId: lines[2]!.id,
          spentOn: osloDay(ms(-120)),
          description: "Reiser samling 2",
          amountOre: 18_300_00,
          createdById: coordinator.id,
        },
      ])
      .run();
    const goals = tx
      .insert(s.programGoals)
      .values([
        { programId, position: 1, title: "Tydelig lederrolle", description: "Ledere beskriver sin rolle og sitt ansvar på sitt nivå." },
        { programId, position: 2, title: "Bedre samhandling", description: "Ledere involverer rådgivere og tillitsvalgte tidlig." },
      ])
      .returning()
      .all();
    tx.insert(s.programGoalFocusAreas)
      .values([
        { goalId: goals[0]!.id, focusAreaId: focus[0]!.id },
        { goalId: goals[1]!.id, focusAreaId: focus[1]!.id },
        { goalId: goals[1]!.id, focusAreaId: focus[2]!.id },
      ])
      .run();
    tx.insert(s.programMembers)
      .values([
        { programId, personId: coordinator.id, memberGroup: "secretariat" },
        { programId, personId: chiefRep.id, memberGroup: "secretariat" },
        { programId, personId: leaders[0]!.id, memberGroup: "secretariat" },
        { programId, personId: coordinator.id, memberGroup: "working_group" },
        { programId, personId: internalFacilitator.id, memberGroup: "working_group" },
        { programId, personId: leaders[9]!.id, memberGroup: "working_group" },
        { programId, personId: otherReps[0]!.person.id, memberGroup: "working_group" },
      ])
      .run();

    const [cohortGroup, cohortOperational, cohortFirstLine] = tx
      .insert(s.cohorts)
      .values([
        {
          programId,
          name: "Kull 1 – ledergruppen",
          leaderLevelId: levelGroup.id,
          rolloutOrder: 1,
          startsOn: osloDay(ms(-420)),
          endsOn: osloDay(ms(-60)),
        },
        {
          programId,
          name: "Kull 2 – operative ledere",
          leaderLevelId: levelOperational.id,
          rolloutOrder: 2,
          startsOn: osloDay(ms(-240)),
          endsOn: osloDay(ms(200)),
        },
        {
          programId,
          name: "Kull 3 – førstelinjeledere",
          leaderLevelId: levelFirstLine.id,
          rolloutOrder: 3,
          startsOn: osloDay(ms(-30)),
          endsOn: osloDay(ms(500)),
        },
      ])
      .returning()
      .all() as [typeof s.cohorts.$inferSelect, typeof s.cohorts.$inferSelect, typeof s.cohorts.$inferSelect];
    const cohortOf = (p: typeof demoLeader) =>
      p.leaderLevelId === levelGroup.id ? cohortGroup : p.leaderLevelId === levelOperational.id ? cohortOperational : cohortFirstLine;
    tx.insert(s.cohortMemberships)
      .values(leaders.map((p) => ({ cohortId: cohortOf(p).id, personId: p.id, joinedAt: new Date(`${cohortOf(p).startsOn}T08:00:00Z`) })))
      .run();

    const participations = tx
      .insert(s.unionParticipations)
      .values([
        { programId, personId: chiefRep.id, unionName: "Politiets Fellesforbund", isChiefRepresentative: true, mode: "secretariat" },
        ...otherReps.map((r) => ({ programId, personId: r.person.id, unionName: r.union, mode: r.mode })),
      ])
      .returning()
      .all();
    tx.insert(s.participationModeChanges)
      .values(participations.map((p) => ({ participationId: p.id, fromMode: null, toMode: p.mode, changedById: p.personId, at: now })))
      .run();

    const [facilitatorInternal, facilitatorExternal] = tx
      .insert(s.facilitators)
      .values([
        {
          organisationId: district.id,
          kind: "internal",
          personId: internalFacilitator.id,
          name: internalFacilitator.name,
          affiliation: "Stab",
        },
        {
          organisationId: district.id,
          kind: "external",
          name: "Kari Nordvik",
          affiliation: "Lederkraft AS",
          email: "kari.nordvik@lederkraft.example.com",
          externalPartnerId: partner!.id,
        },
      ])
      .returning()
      .all() as [typeof s.facilitators.$inferSelect, typeof s.facilitators.$inferSelect];

    // Gatherings: two held for each of the first two cohorts, upcoming ones for cohort 2 and 3.
    type Plan = { days: number; title: string; theme: string; cohorts: (typeof cohortGroup)[]; status: "held" | "confirmed" | "planned" };
    const plans: Plan[] = [
      {
        days: -400,
        title: "Samling 1: Fra fagperson til leder",
        theme: "Rolleforståelse i ledergruppen",
        cohorts: [cohortGroup],
        status: "held",
      },
      { days: -300, title: "Samling 2: Å lede ledere", theme: "Tillit og delegering", cohorts: [cohortGroup], status: "held" },
      {
        days: -200,
        title: "Samling 1: Lederrollen i operativ tjeneste",
        theme: "Rolleforståelse",
        cohorts: [cohortOperational],
        status: "held",
      },
      {
        days: -90,
        title: "Samling 2: Samhandling med rådgivere og tillitsvalgte",
        theme: "Samhandling",
        cohorts: [cohortOperational],
        status: "held",
      },
      {
        days: 9,
        title: "Samling 1: Førstelinjelederen",
        theme: "Rolleforståelse på første nivå",
        cohorts: [cohortFirstLine],
        status: "confirmed",
      },
      {
        days: 40,
        title: "Samling 3: Ledelse i krise og hverdag",
        theme: "Beslutninger under press",
        cohorts: [cohortOperational],
        status: "planned",
      },
      {
        days: 75,
        title: "Felles ledersamling",
        theme: "Erfaringsdeling på tvers av nivåer",
        cohorts: [cohortOperational, cohortFirstLine],
        status: "planned",
      },
    ];
    const membersOf = (cohortId: number) => leaders.filter((p) => cohortOf(p).id === cohortId);
    let absenceTurn = 0;
    for (const plan of plans.map((p) => ({ ...p, days: onWeekdays(now, p.days) }))) {
      const [g] = tx
        .insert(s.gatherings)
        .values({
          programId,
          title: plan.title,
          theme: plan.theme,
          kind: plan.cohorts.length > 1 ? "joint_gathering" : "gathering",
          startsAt: osloAt(now, plan.days, 9),
          endsAt: osloAt(now, plan.days + 1, 15),
          venueName: "Fjellby hotell",
          venueAddress: "Storgata 12, 2800 Fjellby",
          capacity: plan.cohorts.length > 1 ? 30 : null,
          status: plan.status,
        })
        .returning()
        .all();
      const gatheringId = g!.id;
      tx.insert(s.gatheringCohorts)
        .values(plan.cohorts.map((c) => ({ gatheringId, cohortId: c.id })))
        .run();
      tx.insert(s.gatheringFacilitators)
        .values([
          { gatheringId, facilitatorId: facilitatorInternal.id },
          { gatheringId, facilitatorId: facilitatorExternal.id },
        ])
        .run();
      tx.insert(s.agendaItems)
        .values([
          {
            gatheringId,
            position: 1,
            startsAt: osloAt(now, plan.days, 9),
            title: "Velkommen og hensikt",
            facilitatorId: facilitatorInternal.id,
          },
          { gatheringId, position: 2, startsAt: osloAt(now, plan.days, 10), title: plan.theme, facilitatorId: facilitatorExternal.id },
          { gatheringId, position: 3, startsAt: osloAt(now, plan.days, 13), title: "Refleksjon i grupper", facilitatorId: null },
        ])
        .run();
      if (plan.status === "planned") continue;
      const invitees = plan.cohorts.flatMap((c) => membersOf(c.id).map((p) => ({ p, c })));
      tx.insert(s.invitations)
        .values(
          invitees.map(({ p, c }, i) => {
            const held = plan.status === "held";
            const attendance: (typeof s.attendanceStatuses)[number] | null = held
              ? absenceTurn++ % 9 === 4
                ? i % 2
                  ? "absent"
                  : "excused"
                : "present"
              : null;
            return {
              gatheringId,
              personId: p.id,
              cohortId: c.id,
              leaderLevelId: p.leaderLevelId,
              rsvp: held || i % 4 !== 3 ? ("accepted" as const) : ("pending" as const),
              acceptedAt: held || i % 4 !== 3 ? osloAt(now, plan.days - 20, 12) : null,
              respondedAt: held || i % 4 !== 3 ? osloAt(now, plan.days - 20, 12) : null,
              attendance,
              attendanceMarkedAt: held ? osloAt(now, plan.days + 1, 15) : null,
              attendanceMarkedById: held ? coordinator.id : null,
            };
          }),
        )
        .run();
    }

    // Reflection prompts and reflections: a baseline and a latest one for the first two cohorts.
    tx.insert(s.reflectionPrompts)
      .values(
        [
          "Hva betyr det for deg å være leder på ditt nivå?",
          "Når opplevde du sist at du handlet som fagperson der lederrollen var det som trengtes?",
          "Hvordan samarbeider du med rådgivere og tillitsvalgte i dag, og hva vil du gjøre annerledes?",
        ].map((text, i) => ({ programId, text, position: i + 1 })),
      )
      .run();
    const reflectionRows = leaders
      .filter((p) => cohortOf(p).id !== cohortFirstLine.id)
      .flatMap((p, i) => {
        const cohort = cohortOf(p);
        const base = { authorId: p.id, programId, status: "submitted" as const, leaderLevelId: p.leaderLevelId, cohortId: cohort.id };
        const start = new Date(`${cohort.startsOn}T10:00:00Z`);
        const wobble = i % 3;
        return [
          {
            ...base,
            kind: "baseline" as const,
            roleIdentity: 2 + wobble,
            roleClarity: 2 + (i % 2),
            otherLevelsUnderstanding: 2 + (wobble % 2),
            collaboration: 2 + ((i + 1) % 2),
            leadershipConfidence: 3,
            freeText: "Jeg er fortsatt mest opptatt av fagsakene.",
            submittedAt: start,
            createdAt: start,
          },
          {
            ...base,
            kind: "gathering" as const,
            roleIdentity: 4 + wobble,
            roleClarity: 3 + (i % 3 === 0 ? 2 : 1),
            otherLevelsUnderstanding: 3 + (wobble % 2),
            collaboration: 4,
            leadershipConfidence: 3 + (i % 2),
            freeText: "Jeg delegerer mer og bruker tiden på å lede.",
            submittedAt: ms(-60 + i),
            createdAt: ms(-60 + i),
          },
        ];
      });
    const insertedReflections = tx
      .insert(s.reflections)
      .values(reflectionRows)
      .returning({ id: s.reflections.id, kind: s.reflections.kind })
      .all();
    const latest = insertedReflections.filter((r) => r.kind === "gathering");
    tx.insert(s.reflectionQuotes)
      .values([
        {
          reflectionId: latest[1]!.id,
          text: "Jeg har sluttet å være den beste etterforskeren i rommet, og begynt å være den som gjør de andre gode.",
          consentedAt: ms(-50),
        },
        { reflectionId: latest[12]!.id, text: "Samtalene med tillitsvalgte kommer nå før beslutningen, ikke etter.", consentedAt: ms(-40) },
      ])
      .run();

    // Direction: version 1 decided, version 2 out for consultation.
    const [doc] = tx
      .insert(s.directionDocuments)
      .values({ programId, title: "Retningsdokument for lederutviklingsprogrammet" })
      .returning()
      .all();
    const [v1, v2] = tx
      .insert(s.directionVersions)
      .values([
        { documentId: doc!.id, number: 1, status: "decided", decidedAt: ms(-420), decidedById: coordinator.id },
        { documentId: doc!.id, number: 2, status: "consultation" },
      ])
      .returning()
      .all();
    const sections = (versionId: number, revised: boolean) => [
      {
        versionId,
        key: "goals",
        position: 1,
        title: "Mål",
        body: "Programmet skal styrke **rolleforståelsen** hos ledere på alle nivåer.",
      },
      {
        versionId,
        key: "target_groups",
        position: 2,
        title: "Målgrupper",
        body: revised ? "Ledergruppen, operative ledere og førstelinjeledere, i den rekkefølgen." : "Ledergruppen og operative ledere.",
      },
      {
        versionId,
        key: "design",
        position: 3,
        title: "Utforming av samlingene",
        body: "To dager per samling, med refleksjon i grupper og oppfølging mellom samlingene.",
      },
      {
        versionId,
        key: "roles",
        position: 4,
        title: "Roller og ansvar",
        body: "Sekretariatet, med hovedtillitsvalgt, bestemmer retning og utforming av samlingene.",
      },
      {
        versionId,
        key: "evaluation",
        position: 5,
        title: "Evaluering",
        body: "Vi følger rolleforståelse, tillit og samhandling slik deltakerne selv rapporterer dem.",
      },
    ];
    tx.insert(s.directionSections).values(sections(v1!.id, false)).run();
    const v2Sections = tx.insert(s.directionSections).values(sections(v2!.id, true)).returning().all();
    const [consultation] = tx
      .insert(s.consultations)
      .values({ versionId: v2!.id, openedById: coordinator.id, deadline: osloAt(now, 14, 16) })
      .returning()
      .all();
    tx.insert(s.consultationInvitees)
      .values([
        ...[chiefRep, ...otherReps.map((r) => r.person)].map((p) => ({
          consultationId: consultation!.id,
          personId: p.id,
          inviteeGroup: "union_reps" as const,
        })),
        { consultationId: consultation!.id, personId: leaders[0]!.id, inviteeGroup: "secretariat" as const },
      ])
      .run();
    const [comment] = tx
      .insert(s.comments)
      .values({
        consultationId: consultation!.id,
        sectionId: v2Sections[2]!.id,
        authorId: otherReps[0]!.person.id,
        body: "Sett av tid til at tillitsvalgte kan delta på første dag av hver samling.",
        status: "submitted",
        submittedAt: ms(-2),
      })
      .returning()
      .all();
    tx.insert(s.commentAnswers)
      .values({ commentId: comment!.id, disposition: "partly", reason: "Tatt inn for felles samlinger.", answeredById: coordinator.id })
      .run();

    // Union representatives at held gatherings, for the record of union involvement: the chief
    // representative at all of them, the others at some, as their participation modes suggest.
    const heldGatherings = tx
      .select({ id: s.gatherings.id, endsAt: s.gatherings.endsAt })
      .from(s.gatherings)
      .where(sql`program_id = ${programId} and status = 'held'`)
      .orderBy(s.gatherings.startsAt)
      .all();
    const repAttendance = heldGatherings.flatMap((g, i) =>
      [chiefRep, ...(i % 2 === 0 ? [otherReps[0]!.person] : []), ...(i === 3 ? [otherReps[1]!.person] : [])].map((p) => ({ g, p })),
    );
    tx.insert(s.gatheringExtraInvitees)
      .values(repAttendance.map(({ g, p }) => ({ gatheringId: g.id, personId: p.id })))
      .run();
    tx.insert(s.invitations)
      .values(
        repAttendance.map(({ g, p }) => ({
          gatheringId: g.id,
          personId: p.id,
          rsvp: "accepted" as const,
          attendance: "present" as const,
          attendanceMarkedAt: g.endsAt,
          attendanceMarkedById: coordinator.id,
        })),
      )
      .run();

    // Representatives whose own mode is full participation or the secretariat are invited (as
    // observers, without a cohort) to every confirmed gathering, as the app does on confirmation.
    const confirmedGatherings = tx
      .select({ id: s.gatherings.id })
      .from(s.gatherings)
      .where(sql`program_id = ${programId} and status = 'confirmed'`)
      .all();
    const observers = [chiefRep, ...otherReps.filter((r) => r.mode === "full").map((r) => r.person)];
    if (confirmedGatherings.length) {
      tx.insert(s.invitations)
        .values(confirmedGatherings.flatMap((g) => observers.map((p) => ({ gatheringId: g.id, personId: p.id }))))
        .run();
    }

    tx.insert(s.disseminationActivities)
      .values({
        programId,
        heldOn: osloDay(ms(-45)),
        audience: "Ledere i Nabodal og Sjøvik politidistrikt",
        format: "Presentasjon på felles ledersamling",
        description: "Erfaringer fra de to første kullene.",
      })
      .run();
    const directorateUser = tx
      .select()
      .from(s.people)
      .where(sql`email = 'directorate@example.org'`)
      .get()!;
    tx.insert(s.reportRequests)
      .values({
        programId,
        requestedById: directorateUser.id,
        focusLevelId: levelFirstLine.id,
        focusText: "Hvordan programmet har styrket førstelinjeledernes rolleforståelse.",
        dueOn: osloDay(ms(580)),
      })
      .run();

    // The municipality: its own programme and coordinator, never visible to the district.
    const elvikCoordinator = person(
      { organisationId: municipality.id, name: "Gunn Elvestad", email: "coordinator@elvik.example.org", passwordHash },
      ["coordinator"],
    );
    tx.insert(s.leaderLevels)
      .values([
        { organisationId: municipality.id, name: "Kommunalsjefer", position: 1 },
        { organisationId: municipality.id, name: "Virksomhetsledere", position: 2, isFirstLine: true },
      ])
      .run();
    tx.insert(s.programs)
      .values({
        organisationId: municipality.id,
        title: "Lederløftet i Elvik",
        purpose: "Felles lederplattform for virksomhetsledere.",
        periodStart: osloDay(ms(-100)),
        periodEnd: osloDay(ms(600)),
        status: "planning",
        contactPersonId: elvikCoordinator.id,
        noCollaborators: true,
      })
      .run();

    // A Swedish municipality, in Swedish: its people read Swedish, its grant is in kronor (SEK), and its
    // programme has a cohort ready for a gathering to be scheduled.
    const lovsjo = tx.insert(s.organisations).values({ name: "Lövsjö kommun", kind: "municipality" }).returning().get();
    const [lovsjoAdmin, lovsjoSocial, lovsjoSchool] = tx
      .insert(s.units)
      .values(
        ["Kommunledningsförvaltningen", "Socialförvaltningen", "Barn- och utbildningsförvaltningen"].map((name) => ({
          organisationId: lovsjo.id,
          name,
        })),
      )
      .returning()
      .all() as [typeof s.units.$inferSelect, typeof s.units.$inferSelect, typeof s.units.$inferSelect];
    const [lovsjoHeads, lovsjoFirstLine] = tx
      .insert(s.leaderLevels)
      .values([
        { organisationId: lovsjo.id, name: "Förvaltningschefer", position: 1 },
        { organisationId: lovsjo.id, name: "Enhetschefer", position: 2, isFirstLine: true },
      ])
      .returning()
      .all() as [typeof s.leaderLevels.$inferSelect, typeof s.leaderLevels.$inferSelect];
    const swede = (name: string, email: string, roles: s.Role[], unitId: number, leaderLevelId?: number) =>
      person({ organisationId: lovsjo.id, name, email, passwordHash, unitId, leaderLevelId, preferredLanguage: "sv" }, roles);
    const samordnare = swede("Karin Lindqvist", "samordnare@lovsjo.example.org", ["coordinator"], lovsjoAdmin.id);
    swede("Eva Sandberg", "facklig@lovsjo.example.org", ["union_rep"], lovsjoSocial.id);
    const chefer = [
      ["Anders Öberg", lovsjoHeads.id, lovsjoSocial.id],
      ["Åsa Lundgren", lovsjoFirstLine.id, lovsjoSocial.id],
      ["Mikael Ström", lovsjoFirstLine.id, lovsjoSchool.id],
      ["Sofia Håkansson", lovsjoFirstLine.id, lovsjoSchool.id],
      ["Jonas Bäckström", lovsjoFirstLine.id, lovsjoAdmin.id],
    ].map(([name, levelId, unitId]) =>
      swede(
        name as string,
        `${(name as string).split(" ")[0]}.${(name as string).split(" ")[1]}@lovsjo.example.org`
          .toLowerCase()
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, ""),
        ["leader"],
        unitId as number,
        levelId as number,
      ),
    );
    const lovsjoProgram = tx
      .insert(s.programs)
      .values({
        organisationId: lovsjo.id,
        title: "Chefsprogrammet i Lövsjö 2027",
        purpose: "Ett gemensamt ledarskap för kommunens chefer, byggt på dialog med medarbetare och fackliga företrädare.",
        mainFocus: "Enhetschefernas roll mellan förvaltningsledning och medarbetare.",
        periodStart: osloDay(ms(-30)),
        periodEnd: osloDay(ms(330)),
        status: "active",
        contactPersonId: samordnare.id,
        noCollaborators: true,
      })
      .returning()
      .get();
    tx.insert(s.grants)
      .values({
        programId: lovsjoProgram.id,
        fund: "Utvecklingsmedel för ledarskap",
        category: "Organisations- och ledarutveckling",
        amountAppliedOre: 45_000_000,
        amountAwardedOre: 40_000_000,
        currency: "SEK",
      })
      .run();
    const grupp = tx
      .insert(s.cohorts)
      .values({ programId: lovsjoProgram.id, name: "Grupp 1", rolloutOrder: 1, startsOn: osloDay(ms(-30)), endsOn: osloDay(ms(330)) })
      .returning()
      .get();
    tx.insert(s.cohortMemberships)
      .values(chefer.map((c) => ({ cohortId: grupp.id, personId: c.id, joinedAt: ms(-30) })))
      .run();
    tx.insert(s.reflectionPrompts)
      .values(
        [
          "Vad innebär det för dig att vara chef på din nivå just nu?",
          "När upplevde du senast att du agerade som specialist när det var chefsrollen som behövdes?",
          "Hur för du dialogen med medarbetare och fackliga företrädare, och vad vill du göra annorlunda?",
        ].map((text, i) => ({ programId: lovsjoProgram.id, text, position: i + 1 })),
      )
      .run();
  });
  seedSecondDistrict(db, passwordHash, now);

  return s.roles.map((role) => ({ role, email: `${role === "union_rep" ? "union" : role}@example.org` }));
}
