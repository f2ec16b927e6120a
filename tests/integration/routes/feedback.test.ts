import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { gatheringFeedback, gatheringFeedbackRespondents, invitations, people, personRoles } from "../../../db/schema";
import { getDb } from "../../../app/server/db.server";
import * as home from "../../../app/routes/_index";
import * as feedback from "../../../app/routes/gatherings.$gatheringId_.feedback";
import * as gatheringPage from "../../../app/routes/gatherings.$gatheringId";
import { flashAfter } from "../../helpers/flash";
import { callAction, callLoader, signInAs } from "../../helpers/routes";
import { gatheringByTitle } from "../../helpers/gatherings";
import { fieldErrors } from "../../helpers/lookups";

const held = () => gatheringByTitle("Samling 1: Fra fagperson til leder");
const path = () => `/gatherings/${held().id}/feedback`;
const params = () => ({ gatheringId: String(held().id) });

/** The leaders marked present at the held gathering (the union representatives aside). */
const presentLeaders = () =>
  getDb()
    .select({ id: people.id, email: people.email })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .innerJoin(personRoles, and(eq(personRoles.personId, people.id), eq(personRoles.role, "leader")))
    .where(and(eq(invitations.gatheringId, held().id), eq(invitations.attendance, "present")))
    .all();

const answer = (cookie: string, form: Record<string, string>) =>
  callAction(feedback.action, path(), { intent: "answer", formId: "feedback", ...form }, { cookie, params: params() });

/** The gatherings the home page asks this person to give feedback on. */
const feedbackDueOn = async (cookie: string) =>
  ((await callLoader(home.loader, "/", { cookie })).data.leader.feedbackDue as { id: number }[]).map((g) => g.id);

let coordinator: string;
beforeAll(async () => {
  coordinator = await signInAs("coordinator@example.org");
});

describe("feedback after a gathering", () => {
  it("is stored apart from the person: no column of an answer leads to a person, and no time is kept", () => {
    const client = getDb().$client;
    const columns = (client.prepare("select name from pragma_table_info('gathering_feedback')").all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns.sort()).toEqual(["gathering_id", "id", "overall", "relevance", "takeaway"]);
    const references = (
      client.prepare("select \"table\" from pragma_foreign_key_list('gathering_feedback')").all() as { table: string }[]
    ).map((r) => r.table);
    expect(references).toEqual(["gatherings"]);
    // Nor does any other table point at an answer.
    const tables = (client.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name);
    for (const table of tables) {
      const fks = client.prepare(`select "table" from pragma_foreign_key_list('${table}')`).all() as { table: string }[];
      expect(
        fks.map((f) => f.table),
        table,
      ).not.toContain("gathering_feedback");
    }
  });

  it("shows nothing but the count until five have answered, and once only per person", async () => {
    const leaders = presentLeaders();
    expect(leaders.length).toBeGreaterThanOrEqual(6);
    const cookies = await Promise.all(leaders.slice(0, 5).map((l) => signInAs(l.email)));

    const form = await callLoader(feedback.loader, path(), {
      cookie: cookies[0],
      params: params(),
    });
    expect(form.data).toMatchObject({ canAnswer: true, answered: false });
    expect(await feedbackDueOn(cookies[0]!)).toContain(held().id);

    const invalid = await answer(cookies[0]!, { overall: "7", relevance: "" });
    expect(invalid.status).toBe(400);
    expect(fieldErrors(invalid.data)).toMatchObject({
      overall: ["participants.feedback.ratingRequired"],
      relevance: ["participants.feedback.ratingRequired"],
    });

    for (const [i, cookie] of cookies.slice(0, 4).entries()) {
      const sent = await answer(cookie, {
        overall: String(5 - (i % 2)),
        relevance: "4",
        takeaway: i === 0 ? "Tydeligere rolle" : "",
      });
      expect(sent.location).toBe(path());
      expect(await flashAfter(sent, cookie)).toEqual({ key: "participants.feedback.thanks" });
    }
    const again = await answer(cookies[0]!, { overall: "1", relevance: "1" });
    expect(again.status).toBe(403);
    expect(await feedbackDueOn(cookies[0]!)).not.toContain(held().id);

    const four = await callLoader(feedback.loader, path(), {
      cookie: coordinator,
      params: params(),
    });
    expect(four.data.results).toEqual({ answers: 4, shown: false });
    expect(JSON.stringify(four.data)).not.toContain("Tydeligere rolle");

    await answer(cookies[4]!, {
      overall: "3",
      relevance: "2",
      takeaway: "  Mer tid til grupper ",
    });
    const five = await callLoader(feedback.loader, path(), {
      cookie: coordinator,
      params: params(),
    });
    expect(five.data.results).toMatchObject({
      answers: 5,
      shown: true,
      overall: { mean: 4.2, distribution: [0, 0, 1, 2, 2] },
      relevance: { distribution: [0, 1, 0, 4, 0] },
      takeaways: ["Mer tid til grupper", "Tydeligere rolle"],
    });
    expect(getDb().select().from(gatheringFeedback).all()).toHaveLength(5);
    expect(getDb().select().from(gatheringFeedbackRespondents).all()).toHaveLength(5);

    // The gathering's facilitator and the secretariat (the chief representative) read the same figures.
    for (const email of ["facilitator@example.org", "union@example.org"]) {
      const page = await callLoader(feedback.loader, path(), {
        cookie: await signInAs(email),
        params: params(),
      });
      expect(page.data.results, email).toMatchObject({
        answers: 5,
        shown: true,
      });
    }
  });

  it("is reached from a held gathering's page by the coordinator and its facilitators, and not before it is held", async () => {
    const upcoming = gatheringByTitle("Samling 1: Førstelinjelederen");
    const canSeeFeedback = async (cookie: string, gatheringId: number) => {
      const page = await callLoader(gatheringPage.loader, `/gatherings/${gatheringId}`, {
        cookie,
        params: { gatheringId: String(gatheringId) },
      });
      return (page.data.can as { feedback: boolean }).feedback;
    };
    const facilitator = await signInAs("facilitator@example.org");
    expect(await canSeeFeedback(coordinator, held().id)).toBe(true);
    expect(await canSeeFeedback(facilitator, held().id)).toBe(true);
    expect(await canSeeFeedback(coordinator, upcoming.id)).toBe(false);
  });

  it("is refused to those who were not present and do not read the results", async () => {
    const leader = await signInAs("leader@example.org");
    expect(
      (
        await callLoader(feedback.loader, path(), {
          cookie: leader,
          params: params(),
        })
      ).status,
    ).toBe(403);
    expect((await answer(leader, { overall: "5", relevance: "5" })).status).toBe(403);
    // The coordinator reads but was not there, so cannot answer.
    expect((await answer(coordinator, { overall: "5", relevance: "5" })).status).toBe(403);
    const other = await signInAs("coordinator@elvik.example.org");
    expect(
      (
        await callLoader(feedback.loader, path(), {
          cookie: other,
          params: params(),
        })
      ).status,
    ).toBe(404);
  });
});
