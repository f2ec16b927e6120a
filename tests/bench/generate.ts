/**
 * A national-scale database for the benchmark, written with prepared statements in a few large
 * transactions. Organisation 1 has the same shape at every scale — a programme of 600 leaders in
 * three cohorts of 200, so its gathering pages have 200 invitees — and `scale` sets how many other
 * organisations surround it, so the growth ratio compares the same pages on more data.
 */
import { migrateDatabase, openDatabase } from "../../app/server/db.server";

export type BenchLogins = { coordinator: string; leader: string; union: string; directorate: string };
export type BenchTargets = { programId: number; gatheringId: number; reportId: number; logins: BenchLogins };

const dayMs = 86_400_000;
const levelNames = ["Ledergruppen", "Operative ledere", "Førstelinjeledere"];

/** `scale` 1 = 50 organisations, 200 programmes, 20 000 people, 8 000 gatherings, ~300 000 invitations. */
export function generate(
  file: string,
  scale: number,
  passwordHash: string,
  now = Date.now(),
): BenchTargets & { counts: Record<string, number> } {
  const db = openDatabase(file);
  migrateDatabase(db);
  const sql = db.$client;
  sql.pragma("synchronous = OFF");
  const ins = (table: string, columns: string[]) =>
    sql.prepare(`insert into ${table} (${columns.join(", ")}) values (${columns.map(() => "?").join(", ")})`);

  const org = ins("organisations", ["name", "kind"]);
  const unit = ins("units", ["organisation_id", "name"]);
  const level = ins("leader_levels", ["organisation_id", "name", "position", "is_first_line"]);
  const strategy = ins("strategies", ["organisation_id", "title"]);
  const focus = ins("focus_areas", ["strategy_id", "title", "goal", "position"]);
  const person = ins("people", ["organisation_id", "name", "email", "unit_id", "leader_level_id", "password_hash"]);
  const role = ins("person_roles", ["person_id", "role"]);
  const program = ins("programs", ["organisation_id", "title", "purpose", "period_start", "period_end", "status", "contact_person_id"]);
  const grant = ins("grants", ["program_id", "fund", "category", "amount_applied_ore", "amount_awarded_ore"]);
  const budgetLine = ins("budget_lines", ["program_id", "category", "description", "amount_ore"]);
  const expense = ins("expenses", ["budget_line_id", "spent_on", "description", "amount_ore"]);
  const member = ins("program_members", ["program_id", "person_id", "member_group"]);
  const cohort = ins("cohorts", ["program_id", "name", "leader_level_id", "rollout_order", "starts_on", "ends_on"]);
  const membership = ins("cohort_memberships", ["cohort_id", "person_id", "joined_at"]);
  const union = ins("union_participations", ["program_id", "person_id", "union_name", "is_chief_representative", "mode"]);
  const facilitator = ins("facilitators", ["organisation_id", "kind", "person_id", "name"]);
  const gathering = ins("gatherings", ["program_id", "title", "theme", "kind", "starts_at", "ends_at", "venue_name", "status", "sequence"]);
  const gatheringCohort = ins("gathering_cohorts", ["gathering_id", "cohort_id"]);
  const gatheringFacilitator = ins("gathering_facilitators", ["gathering_id", "facilitator_id"]);
  const agenda = ins("agenda_items", ["gathering_id", "starts_at", "title", "position"]);
  const invitation = ins("invitations", ["gathering_id", "person_id", "cohort_id", "leader_level_id", "rsvp", "accepted_at", "attendance"]);
  const prompt = ins("reflection_prompts", ["program_id", "text", "position"]);
  const reflection = ins("reflections", [
    "author_id",
    "program_id",
    "gathering_id",
    "kind",
    "status",
    "leader_level_id",
    "cohort_id",
    "role_identity",
    "role_clarity",
    "other_levels_understanding",
    "collaboration",
    "leadership_confidence",
    "free_text",
    "submitted_at",
    "created_at",
  ]);
  const reportRequest = ins("report_requests", ["program_id", "requested_by_id", "focus_level_id", "focus_text", "due_on"]);
  const finalReport = ins("final_reports", ["program_id", "request_id"]);
  const email = ins("email_messages", [
    "organisation_id",
    "kind",
    "recipient_person_id",
    "recipient_email",
    "locale",
    "idempotency_key",
    "payload",
    "status",
    "attempts",
    "due_at",
    "sent_at",
  ]);

  const counts: Record<string, number> = {};
  const count = (key: string, n = 1) => (counts[key] = (counts[key] ?? 0) + n);
  let targets: BenchTargets | undefined;
  let emailSeq = 0;
  const otherOrganisations = Math.round(49 * scale);

  const build = sql.transaction((o: number) => {
    const big = o === 0;
    const orgId = Number(
      org.run(big ? "Benk politidistrikt" : `Organisasjon ${o}`, o % 3 === 0 ? "police_district" : o % 3 === 1 ? "municipality" : "agency")
        .lastInsertRowid,
    );
    count("organisations");
    const unitIds = Array.from({ length: 5 }, (_, i) => Number(unit.run(orgId, `Enhet ${i + 1}`).lastInsertRowid));
    const levelIds = levelNames.map((name, i) => Number(level.run(orgId, name, i + 1, i === 2 ? 1 : 0).lastInsertRowid));
    const strategyId = Number(strategy.run(orgId, "Strategi").lastInsertRowid);
    for (let f = 0; f < 3; f++) focus.run(strategyId, `Satsingsområde ${f + 1}`, "Mål", f + 1);

    const addPerson = (name: string, mail: string, levelIndex: number | null, roles: string[], withPassword = false) => {
      const id = Number(
        person.run(
          orgId,
          name,
          mail,
          unitIds[count("people") % 5],
          levelIndex === null ? null : levelIds[levelIndex],
          withPassword ? passwordHash : null,
        ).lastInsertRowid,
      );
      for (const r of roles) role.run(id, r);
      return id;
    };
    const coordinatorId = addPerson(`Koordinator ${o}`, `coordinator-${o}@bench.example.org`, null, ["coordinator"], big);
    const unionIds = Array.from({ length: 4 }, (_, i) =>
      addPerson(`Tillitsvalgt ${o}-${i}`, `union-${o}-${i}@bench.example.org`, null, ["union_rep"], big && i === 0),
    );
    const facilitatorPeople = Array.from({ length: 5 }, (_, i) =>
      addPerson(`Lærekraft ${o}-${i}`, `facilitator-${o}-${i}@bench.example.org`, null, ["facilitator"]),
    );
    const facilitatorIds = facilitatorPeople.map((pid, i) =>
      Number(facilitator.run(orgId, "internal", pid, `Lærekraft ${o}-${i}`).lastInsertRowid),
    );

    // The big organisation: one programme of 600 leaders (3 × 200) and three ordinary ones.
    const programmes = big ? [600, 90, 90, 90] : [97, 97, 97, 99];
    programmes.forEach((leaders, p) => {
      const programId = Number(
        program.run(
          orgId,
          `Lederprogram ${o}-${p + 1}`,
          "Rolleforståelse",
          new Date(now - 400 * dayMs).toISOString().slice(0, 10),
          new Date(now + 400 * dayMs).toISOString().slice(0, 10),
          "active",
          coordinatorId,
        ).lastInsertRowid,
      );
      count("programs");
      grant.run(
        programId,
        "Tilskudd til kompetanseutvikling",
        p % 2 ? "Organisasjons- og ledelsesutvikling" : "Kompetanseheving",
        650_000_00,
        500_000_00,
      );
      ["external_partner", "venue", "travel", "materials", "internal_facilitators"].forEach((cat, i) => {
        const lineId = Number(budgetLine.run(programId, cat, cat, 100_000_00).lastInsertRowid);
        for (let e = 0; e < 2; e++)
          expense.run(lineId, new Date(now - (100 + i * 10 + e) * dayMs).toISOString().slice(0, 10), "Utgift", 12_345_00 + i);
      });
      member.run(programId, coordinatorId, "secretariat");
      member.run(programId, unionIds[0], "secretariat");
      unionIds.forEach((uid, i) =>
        union.run(programId, uid, `Forbund ${i}`, i === 0 ? 1 : 0, ["secretariat", "full", "selected_gatherings", "observer"][i]),
      );
      for (let q = 0; q < 3; q++) prompt.run(programId, `Spørsmål ${q + 1}`, q + 1);

      const perCohort = Math.ceil(leaders / 3);
      const cohortIds: number[] = [];
      const cohortMembers: number[][] = [];
      for (let c = 0; c < 3; c++) {
        const cohortId = Number(
          cohort.run(
            programId,
            `Kull ${c + 1}`,
            levelIds[c],
            c + 1,
            new Date(now - (300 - c * 100) * dayMs).toISOString().slice(0, 10),
            null,
          ).lastInsertRowid,
        );
        cohortIds.push(cohortId);
        const members: number[] = [];
        for (let m = 0; m < perCohort && c * perCohort + m < leaders; m++) {
          const isLogin = big && p === 0 && c === 2 && m === 0;
          const pid = addPerson(
            `Leder ${o}-${p}-${c}-${m}`,
            isLogin ? "leader-0@bench.example.org" : `leader-${o}-${p}-${c}-${m}@bench.example.org`,
            c,
            ["leader"],
            isLogin,
          );
          membership.run(cohortId, pid, now - 300 * dayMs);
          members.push(pid);
        }
        cohortMembers.push(members);
      }

      // 40 gatherings per programme, half held; every fifth one joins two cohorts.
      let firstGathering = 0;
      for (let g = 0; g < 40; g++) {
        const startsAt = now + (g - 20) * 9 * dayMs;
        const held = g < 20;
        const gatheringId = Number(
          gathering.run(
            programId,
            `Samling ${g + 1}`,
            "Tema",
            g % 5 === 4 ? "joint_gathering" : "gathering",
            startsAt,
            startsAt + 7 * 3_600_000,
            "Hotellet",
            held ? "held" : "confirmed",
            0,
          ).lastInsertRowid,
        );
        count("gatherings");
        if (g === 0) firstGathering = gatheringId;
        const invited = g % 5 === 4 ? [g % 3, (g + 1) % 3] : [g % 3];
        for (const c of invited) {
          gatheringCohort.run(gatheringId, cohortIds[c]);
          for (const [i, pid] of cohortMembers[c]!.entries()) {
            const attendance = held ? (i % 11 === 0 ? "absent" : i % 13 === 0 ? "excused" : "present") : null;
            invitation.run(
              gatheringId,
              pid,
              cohortIds[c],
              levelIds[c],
              held || i % 4 ? "accepted" : "pending",
              held || i % 4 ? startsAt - 10 * dayMs : null,
              attendance,
            );
            count("invitations");
          }
        }
        gatheringFacilitator.run(gatheringId, facilitatorIds[g % 5]);
        for (let a = 0; a < 3; a++) agenda.run(gatheringId, startsAt + a * 3_600_000, `Post ${a + 1}`, a + 1);
      }

      // Reflections: a baseline and five later ones per leader.
      cohortMembers.forEach((members, c) =>
        members.forEach((pid, i) => {
          for (let r = 0; r < 6; r++) {
            const at = now - (280 - r * 40) * dayMs;
            reflection.run(
              pid,
              programId,
              null,
              r === 0 ? "baseline" : "gathering",
              "submitted",
              levelIds[c],
              cohortIds[c],
              2 + ((i + r) % 6),
              1 + ((i + r) % 5),
              1 + ((i + 2 * r) % 5),
              2 + (r % 4),
              1 + ((i + r) % 5),
              "Tekst",
              at,
              at,
            );
            count("reflections");
          }
        }),
      );

      // Outbox history: about 10 messages per leader.
      for (const members of cohortMembers) {
        for (const pid of members) {
          for (let k = 0; k < 10; k++) {
            const seq = emailSeq++;
            email.run(
              orgId,
              "reminder",
              pid,
              `p${pid}@bench.example.org`,
              "nb",
              `bench:${seq}`,
              "{}",
              seq % 50 === 0 ? "failed" : seq % 97 === 0 ? "queued" : "sent",
              1,
              now - k * dayMs,
              seq % 50 === 0 ? null : now - k * dayMs,
            );
            count("emailMessages");
          }
        }
      }
      if (big && p === 0) {
        const requestId = Number(
          reportRequest.run(
            programId,
            coordinatorId,
            levelIds[2],
            "Førstelinjeledere",
            new Date(now + 200 * dayMs).toISOString().slice(0, 10),
          ).lastInsertRowid,
        );
        targets = {
          programId,
          gatheringId: firstGathering,
          reportId: Number(finalReport.run(programId, requestId).lastInsertRowid),
          logins: {
            coordinator: `coordinator-0@bench.example.org`,
            leader: "leader-0@bench.example.org",
            union: "union-0-0@bench.example.org",
            directorate: "directorate@bench.example.org",
          },
        };
      }
    });
  });

  build(0);
  for (let o = 1; o <= otherOrganisations; o++) build(o);
  sql.transaction(() => {
    const orgId = Number(org.run("Direktoratet (benk)", "agency").lastInsertRowid);
    const pid = Number(person.run(orgId, "Direktoratet", "directorate@bench.example.org", null, null, passwordHash).lastInsertRowid);
    role.run(pid, "directorate");
  })();
  sql.pragma("synchronous = NORMAL");
  sql.pragma("wal_checkpoint(TRUNCATE)");
  // No ANALYZE: the app never runs it (see openDatabase), so neither does the database it is measured on.
  sql.close();
  return { ...targets!, counts };
}
