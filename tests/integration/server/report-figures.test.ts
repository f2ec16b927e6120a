import { describe, expect, it } from "vitest";
import { getDb } from "../../../app/server/db.server";
import { liveReportModel } from "../../../app/server/report.server";
import { startReport } from "../../../app/server/report-workflow.server";
import { finalReports } from "../../../db/schema";
import { createLargeProgram } from "../../helpers/large-program";

/*
 * The report's figures against the same figures worked out here in plain SQL from the seeded rows,
 * without the report modules.
 */
const sql = <T>(query: string, ...params: unknown[]) =>
  getDb()
    .$client.prepare(query)
    .all(...params) as T[];
const one = <T>(query: string, ...params: unknown[]) => sql<T>(query, ...params)[0]!;

function reportFor(programId: number) {
  const request = sql<{ id: number }>("select id from report_requests where program_id = ?", programId)[0];
  const reportId = request ? startReport(programId, request.id)! : getDb().insert(finalReports).values({ programId }).returning().get().id;
  return liveReportModel(
    getDb()
      .select()
      .from(finalReports)
      .all()
      .find((r) => r.id === reportId)!,
  );
}

function expectedAttendance(programId: number) {
  return sql<{ levelId: number; name: string; people: number; present: number; absent: number; excused: number }>(
    `select l.id as levelId, l.name,
       count(distinct i.person_id) as people,
       coalesce(sum(i.attendance = 'present'), 0) as present,
       coalesce(sum(i.attendance = 'absent'), 0) as absent,
       coalesce(sum(i.attendance = 'excused'), 0) as excused
     from leader_levels l
     join programs p on p.organisation_id = l.organisation_id and p.id = ?
     left join (invitations i join gatherings g on g.id = i.gathering_id and g.status = 'held' and g.program_id = ?)
       on i.leader_level_id = l.id and i.attendance is not null
     group by l.id order by l.position`,
    programId,
    programId,
  );
}

function expectAttendanceMatches(programId: number, model: ReturnType<typeof liveReportModel>) {
  const expected = expectedAttendance(programId);
  expect(model.about.levels.map((l) => l.name)).toEqual(expected.map((e) => e.name));
  for (const [i, e] of expected.entries()) {
    const level = model.about.levels[i]!;
    if (e.people === 0) expect(level).toMatchObject({ figures: null, withheld: "none" });
    else if (e.people < 5) expect(level).toMatchObject({ figures: null, withheld: "too_few" });
    else {
      expect(level.figures).toEqual({
        people: e.people,
        present: e.present,
        absent: e.absent,
        excused: e.excused,
        // Days need the gatherings' Oslo days; counted exactly in tests/integration/routes/roll-call-days.test.ts.
        daysAttended: expect.any(Number),
        rate: e.present / (e.present + e.absent + e.excused),
      });
    }
  }
  const reported = expected.filter((e) => e.people >= 5);
  const present = reported.reduce((s, e) => s + e.present, 0);
  const total = reported.reduce((s, e) => s + e.present + e.absent + e.excused, 0);
  expect(model.about.overall?.rate ?? null).toBe(total ? present / total : null);
}

const fjellby = () => one<{ id: number }>("select id from programs where title = 'Ledelse i Fjellby 2025–2027'").id;

describe("report figures from the seeded programme", () => {
  it("summary, rollout, gatherings and attendance by level", () => {
    const programId = fjellby();
    const model = reportFor(programId);
    const summary = one<{ org: string; category: string; awarded: number }>(
      `select o.name as org, g.category, g.amount_awarded_ore as awarded
       from programs p join organisations o on o.id = p.organisation_id join grants g on g.program_id = p.id where p.id = ?`,
      programId,
    );
    expect(model.summary).toMatchObject({
      organisationName: summary.org,
      grantCategory: summary.category,
      amountAwardedOre: summary.awarded,
    });

    const cohorts = sql<{ name: string; level: string; members: number; startsOn: string; endsOn: string }>(
      `select c.name, l.name as level, c.starts_on as startsOn, c.ends_on as endsOn,
         (select count(*) from cohort_memberships m where m.cohort_id = c.id and m.left_at is null) as members
       from cohorts c join leader_levels l on l.id = c.leader_level_id where c.program_id = ? order by c.rollout_order`,
      programId,
    );
    expect(model.about.cohorts).toBe(cohorts.length);
    expect(
      model.about.rollout.map(({ name, levelName, members, startsOn, endsOn }) => ({ name, level: levelName, members, startsOn, endsOn })),
    ).toEqual(cohorts.map((c) => ({ ...c, members: c.members < 5 ? null : c.members })));
    const held = one<{ n: number }>("select count(*) as n from gatherings where program_id = ? and status = 'held'", programId).n;
    expect(model.about.gatherings.held).toBe(held);
    expect(held).toBeGreaterThan(0);

    expectAttendanceMatches(programId, model);
    // The seeded request's focus is the first-line level, which has no held gathering yet.
    const focus = model.about.levels.find((l) => l.isFocus)!;
    expect(focus.name).toBe("Førstelinjeledere");
    expect(focus.withheld).toBe("none");
  });

  it("collaboration, union involvement, dissemination and funds", () => {
    const programId = fjellby();
    const model = reportFor(programId);
    const collaborators = sql<{ name: string }>("select name from collaborating_organisations where program_id = ?", programId);
    expect(model.collaboration.stated).toBe("listed");
    expect(model.collaboration.organisations.map((o) => o.name)).toEqual(collaborators.map((c) => c.name));

    const reps = sql<{ mode: string; chief: number }>(
      "select mode, is_chief_representative as chief from union_participations where program_id = ?",
      programId,
    );
    expect(model.union.representatives).toBe(reps.length);
    const byMode = Object.fromEntries(model.union.modes.map((m) => [m.mode, m.count]));
    for (const mode of new Set(reps.map((r) => r.mode))) expect(byMode[mode]).toBe(reps.filter((r) => r.mode === mode).length);
    expect(model.union.hasChiefRepresentative).toBe(reps.some((r) => r.chief));
    expect(model.union.chiefInSecretariat).toBe(true);
    const comments = sql<{ disposition: string | null }>(
      `select a.disposition from comments c
         join consultations k on k.id = c.consultation_id
         join direction_versions v on v.id = k.version_id
         join direction_documents d on d.id = v.document_id
         join union_participations u on u.person_id = c.author_id and u.program_id = d.program_id
         left join comment_answers a on a.comment_id = c.id
       where d.program_id = ? and c.status = 'submitted'`,
      programId,
    );
    expect(comments.length).toBeGreaterThan(0);
    expect(model.union.comments.given).toBe(comments.length);
    expect(model.union.comments.answered).toBe(comments.filter((c) => c.disposition).length);
    for (const d of model.union.comments.dispositions) {
      expect(d.count).toBe(comments.filter((c) => c.disposition === d.disposition).length);
    }

    const activities = one<{ n: number }>("select count(*) as n from dissemination_activities where program_id = ?", programId).n;
    expect(model.dissemination.activities).toHaveLength(activities);

    const spent = sql<{ category: string; spent: number }>(
      `select b.category, sum(e.amount_ore) as spent from expenses e join budget_lines b on b.id = e.budget_line_id
       where b.program_id = ? group by b.category`,
      programId,
    );
    const awarded = one<{ a: number }>("select amount_awarded_ore as a from grants where program_id = ?", programId).a;
    const totalSpent = spent.reduce((s, c) => s + c.spent, 0);
    expect(model.funds.spentOre).toBe(totalSpent);
    expect(model.funds.remainingOre).toBe(awarded - totalSpent);
    for (const c of spent) expect(model.funds.categories.find((x) => x.category === c.category)?.spentOre).toBe(c.spent);
    expect(model.contact).toEqual(
      one("select p.name, p.email from programs g join people p on p.id = g.contact_person_id where g.id = ?", programId),
    );
  });

  it("says 'none stated' apart from 'explicitly none'", () => {
    const elvik = one<{ id: number }>("select id from programs where title = 'Lederløftet i Elvik'").id;
    expect(reportFor(elvik).collaboration).toEqual({ stated: "none", organisations: [], partners: [] });
    getDb().$client.prepare("update programs set no_collaborators = 0 where id = ?").run(elvik);
    expect(reportFor(elvik).collaboration.stated).toBe("not_stated");
  });

  it("withholds a level once it has fewer than five people with attendance taken", () => {
    const programId = fjellby();
    // Hold the first-line gathering, with attendance for three of its leaders only.
    const gathering = one<{ id: number }>(
      "select id from gatherings where program_id = ? and title = 'Samling 1: Førstelinjelederen'",
      programId,
    ).id;
    const db = getDb().$client;
    db.prepare("update gatherings set status = 'held' where id = ?").run(gathering);
    db.prepare(
      "update invitations set attendance = 'present' where id in (select id from invitations where gathering_id = ? order by id limit 3)",
    ).run(gathering);
    const model = reportFor(programId);
    expect(model.about.levels.find((l) => l.isFocus)).toMatchObject({ figures: null, withheld: "too_few" });
    expectAttendanceMatches(programId, model);
  });
});

describe("report figures at scale", () => {
  it("match for a programme of 600 leaders", () => {
    const { programId } = createLargeProgram(getDb(), { leaders: 600, name: "Figurby politidistrikt" });
    const model = reportFor(programId);
    expectAttendanceMatches(programId, model);
    expect(model.about.levels.every((l) => l.figures !== null)).toBe(true);
    expect(model.about.overall!.people).toBe(600);
    expect(model.about.gatherings).toEqual({ held: 24, upcoming: 6, cancelled: 0 });
    const spent = one<{ s: number }>(
      "select sum(e.amount_ore) as s from expenses e join budget_lines b on b.id = e.budget_line_id where b.program_id = ?",
      programId,
    ).s;
    expect(model.funds.spentOre).toBe(spent);
  });
});
