/**
 * Every route module in app/routes, for a visitor, each role, and a coordinator of another
 * organisation: what GET and POST must answer. A route without an entry here fails the test, so
 * new routes cannot skip the question of who may use them.
 */
import type { ActionFunction } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { actorEmails, parameterValues, urlFor, type RouteModule } from "../helpers/route-files";
import { callAction, callLoader, signInAs, type RouteResult } from "../helpers/routes";

const modules = import.meta.glob<RouteModule>("../../app/routes/*.{ts,tsx}", { eager: true });

const actors = ["anonymous", "coordinator", "leader", "union", "facilitator", "directorate", "admin", "otherOrg"] as const;
type Actor = (typeof actors)[number];
/** ok: served (2xx/3xx, not sent to login); login: sent to sign in; 403/404: refused. */
type Outcome = "ok" | "login" | 403 | 404;
type Rule = Record<Actor, Outcome>;

const signedIn: Actor[] = actors.filter((a) => a !== "anonymous");
const everyone = (outcome: Outcome = "ok"): Rule => Object.fromEntries(actors.map((a) => [a, outcome])) as Rule;
/** Signed-in users in `allow` are served, other signed-in users get `deny`, visitors go to login. */
const only = (allow: Actor[], deny: 403 | 404 = 403, overrides: Partial<Rule> = {}): Rule => ({
  ...(Object.fromEntries(signedIn.map((a) => [a, allow.includes(a) ? "ok" : deny])) as Rule),
  anonymous: "login",
  ...overrides,
});
const anySignedIn = () => only(signedIn);
/** A page of the Fjellby programme: the other organisation (and the directorate's and admin's own) see 404. */
const programPage = (allow: Actor[]) => only(allow, 403, { otherOrg: 404, directorate: 404, admin: 404 });

const matrix: Record<string, { get?: Rule; post?: Rule }> = {
  "_index.tsx": { get: anySignedIn() },
  // A constant page without a loader: public, and the benchmark's ceiling.
  "about.tsx": {},
  // The accessibility statement: constant and public too, so it can be read before signing in.
  "accessibility.tsx": {},
  // Any other address: a 404 page in the visitor's language, for everyone.
  "$.tsx": { get: everyone(404) },
  "audit.tsx": { get: only(["coordinator", "admin", "otherOrg"]) },
  "healthz.ts": { get: everyone() },
  "language.tsx": { get: everyone(), post: everyone() },
  "login.tsx": { get: everyone(), post: everyone() },
  // Asking for a reset or sign-in link answers alike for everyone; unknown links are 404 to all.
  "login_.forgot.tsx": { post: everyone() },
  "login_.link.tsx": { post: everyone() },
  "login_.link.$token.tsx": { get: everyone(404), post: everyone() },
  // Single sign-on is not configured in the test environment: both addresses are 404 to everyone
  // (tests/integration/routes/sso.test.ts covers them with a provider). Neither takes a POST.
  "login_.sso.tsx": { get: everyone(404) },
  "login_.sso_.callback.tsx": { get: everyone(404) },
  "account.password.$token.tsx": { get: everyone(404), post: everyone() },
  // Signing out everywhere ends at the sign-in page, like /logout.
  "account.sessions.tsx": { get: anySignedIn(), post: everyone("login") },
  "account.notifications.tsx": { get: anySignedIn(), post: anySignedIn() },
  // One-click unsubscribe acts by its signed link, without signing in; a bad link is a 400 page.
  "unsubscribe.$token.tsx": { get: everyone(), post: everyone() },
  "logout.tsx": { get: everyone(), post: everyone("login") },
  "people.$personId_.data.tsx": {
    get: only(["coordinator", "admin"], 403, { otherOrg: 404 }),
    post: only(["admin"]),
  },
  "privacy.tsx": { get: anySignedIn() },
  "privacy.export.ts": { get: anySignedIn() },
  "programs.$programId.tsx": { get: programPage(["coordinator", "union", "facilitator"]) },
  "programs.$programId.reflections.tsx": { get: programPage(["coordinator", "union"]) },
  "programs.$programId.reflections._index.tsx": { get: programPage(["coordinator", "union"]) },
  "programs.$programId.reflections.export[.]csv.ts": { get: programPage(["coordinator", "union"]) },
  "programs.$programId.reflections.prompts.tsx": { get: programPage(["coordinator"]), post: programPage(["coordinator"]) },
  "programs.$programId.reflections.status.tsx": { get: programPage(["coordinator"]), post: programPage(["coordinator"]) },
  // Someone else's reflection: a leader who is not its author gets 404, everyone else 403.
  "my.reflections.$reflectionId.tsx": { get: only([], 403, { leader: 404 }), post: only([], 403, { leader: 404 }) },
  "my.reflections._index.tsx": { get: only(["leader"]) },
  "my.reflections.export[.]json.ts": { get: only(["leader"]) },
  "my.reflections.new.tsx": { get: only(["leader"]), post: only(["leader"]) },
  "my.reflections.print.tsx": { get: only(["leader"]) },
  // An unknown reflection link is a 404 for anyone; valid links are tested in reflections.
  "r.$token.tsx": { get: everyone(404) },
  // A forged feedback link is a 404 for anyone; valid ones are tested in facilitation.test.ts.
  "f.$token.tsx": { get: everyone(404) },
  "programs.$programId.dissemination.tsx": { get: programPage(["coordinator"]), post: programPage(["coordinator"]) },
  "programs.$programId.report.tsx": { get: programPage(["coordinator", "union"]), post: programPage(["coordinator"]) },
  "programs.$programId.report_.$reportId.tsx": {
    get: programPage(["coordinator", "union"]),
    post: programPage(["coordinator", "union"]),
  },
  "reports._index.tsx": { get: only(["directorate"]) },
  // Gatherings: pages of a Fjellby gathering that the demo facilitator leads.
  "programs.$programId.gatherings.tsx": { get: programPage(["coordinator", "union", "facilitator"]) },
  "programs.$programId.gatherings_.new.tsx": { get: programPage(["coordinator"]), post: programPage(["coordinator"]) },
  "programs.$programId_.attendance[.]csv.ts": { get: programPage(["coordinator"]) },
  "gatherings.$gatheringId.tsx": { get: programPage(["coordinator", "facilitator"]), post: programPage(["coordinator", "facilitator"]) },
  "gatherings.$gatheringId_.attendance[.]csv.ts": { get: programPage(["coordinator", "facilitator"]) },
  "gatherings.$gatheringId_.edit.tsx": { get: programPage(["coordinator"]), post: programPage(["coordinator"]) },
  "gatherings.$gatheringId_.roll-call.tsx": {
    get: programPage(["coordinator", "facilitator"]),
    post: programPage(["coordinator", "facilitator"]),
  },
  // The agenda alone: the gathering's facilitators and the coordinator.
  "gatherings.$gatheringId_.agenda.tsx": {
    get: programPage(["coordinator", "facilitator"]),
    post: programPage(["coordinator", "facilitator"]),
  },
  // Feedback on the held Samling 1: the union actor was present (and sits in the secretariat), the
  // demo leader was not; the coordinator and the facilitator read the figures but cannot answer.
  "gatherings.$gatheringId_.feedback.tsx": {
    get: programPage(["coordinator", "union", "facilitator"]),
    post: programPage(["union"]),
  },
  "my.gatherings.tsx": { get: anySignedIn(), post: anySignedIn() },
  // The participants' pages answer 404 to anyone not taking part (the page's existence is not revealed).
  "my.programs.$programId.tsx": { get: only(["coordinator", "leader", "union", "facilitator"], 404) },
  // Samling 1: the union actor is invited (its answer is refused, the gathering is held), the demo leader is not.
  "my.gatherings_.$gatheringId.tsx": {
    get: only(["coordinator", "union", "facilitator"], 404),
    post: only(["union"], 404),
  },
  // A file of Samling 1's materials: the same people as its page.
  "my.gatherings_.$gatheringId_.materials.$materialId.ts": { get: only(["coordinator", "union", "facilitator"], 404) },
  "gatherings.$gatheringId_.materials.tsx": {
    get: programPage(["coordinator", "facilitator"]),
    post: programPage(["coordinator", "facilitator"]),
  },
  // Links that act without signing in: a forged token is refused for anyone.
  "rsvp.$token.tsx": { get: everyone(), post: everyone() },
  "calendar.$token.ts": { get: everyone(404) },
  // The outbox: coordinators see their organisation's messages (another organisation's is a 404), admins all.
  "outbox._index.tsx": { get: only(["coordinator", "admin", "otherOrg"]), post: only(["coordinator", "admin", "otherOrg"]) },
  "outbox.$messageId.tsx": {
    get: only(["coordinator", "admin"], 403, { otherOrg: 404 }),
    post: only(["coordinator", "admin"], 403, { otherOrg: 404 }),
  },
  "outbox.$messageId_.html.ts": { get: only(["coordinator", "admin"], 403, { otherOrg: 404 }) },
  "outbox.$messageId_.eml.ts": { get: only(["coordinator", "admin"], 403, { otherOrg: 404 }) },
  "outbox.$messageId_.attachments.$index.ts": { get: only(["coordinator", "admin"], 403, { otherOrg: 404 }) },
  "outbox.preview.tsx": { get: only(["coordinator", "admin", "otherOrg"]) },
  "outbox.preview_.html.ts": { get: only(["coordinator", "admin", "otherOrg"]) },
  "reports.request.tsx": { get: only(["directorate"]), post: only(["directorate"]) },
  // A submitted report of Fjellby: its own organisation and the directorate read it; only the directorate acts.
  "reports.$reportId.tsx": {
    get: only(["coordinator", "union", "directorate"], 403, { otherOrg: 404 }),
    post: only(["directorate"], 403, { otherOrg: 404 }),
  },
  "reports.$reportId_.pdf.ts": { get: only(["coordinator", "union", "directorate"], 403, { otherOrg: 404 }) },
  "reports.$reportId_.print.ts": { get: only(["coordinator", "union", "directorate"], 403, { otherOrg: 404 }) },
  // The directorate's side: figures of funded programmes across organisations, never a person.
  "directorate.programs._index.tsx": { get: only(["directorate"]) },
  "directorate.programs.$programId.tsx": { get: only(["directorate"]) },
  "directorate.compare.tsx": { get: only(["directorate"]) },
  "directorate.compare[.]csv.ts": { get: only(["directorate"]) },
  "directorate.compare[.]xlsx.ts": { get: only(["directorate"]) },
  "programs.$programId.shared.tsx": { get: programPage(["coordinator"]) },
  "directorate.strategy.tsx": { get: only(["directorate"]), post: only(["directorate"]) },
  // Each organisation adopts for itself; the other organisation's coordinator works in their own.
  "organisation_.strategy.tsx": { get: only(["coordinator", "admin", "otherOrg"]), post: only(["coordinator", "admin", "otherOrg"]) },
  // Published reports of the reader's sector; the secretariat member here is the union actor.
  "library.tsx": { get: only(["coordinator", "union", "directorate", "otherOrg"]) },
  // Direction: the union actor is the chief representative (secretariat member and invitee).
  "programs.$programId.direction._index.tsx": { get: programPage(["coordinator", "union"]), post: programPage(["coordinator", "union"]) },
  "programs.$programId.direction.$version.tsx": { get: programPage(["coordinator", "union"]), post: programPage(["coordinator", "union"]) },
  "programs.$programId.direction.$version_.edit.tsx": {
    get: programPage(["coordinator", "union"]),
    post: programPage(["coordinator", "union"]),
  },
  // Opening a consultation and moving its deadline are the coordinator's; answers are tested in consultation.
  "programs.$programId.direction.$version_.consultation.tsx": {
    get: programPage(["coordinator", "union"]),
    post: programPage(["coordinator"]),
  },
  "programs.$programId.direction.compare.tsx": { get: programPage(["coordinator", "union"]) },
  "programs.$programId.union_.involvement.tsx": { get: programPage(["coordinator", "union"]) },
  // Invitees only; the coordinator, not invited, is sent to the programme's consultation page.
  "consultations.$consultationId.tsx": {
    get: only(["coordinator", "union"], 403, { directorate: 404, admin: 404, otherOrg: 404 }),
    post: only(["coordinator", "union"], 403, { directorate: 404, admin: 404, otherOrg: 404 }),
  },
  "consultations.$consultationId_.review.tsx": {
    get: only(["coordinator", "union"], 403, { directorate: 404, admin: 404, otherOrg: 404 }),
    post: only(["coordinator", "union"], 403, { directorate: 404, admin: 404, otherOrg: 404 }),
  },
  // Programmes, people and organisation settings: the other organisation's coordinator works in their own.
  "programs._index.tsx": { get: only(["coordinator", "union", "otherOrg"]) },
  "programs.new.tsx": { get: only(["coordinator", "otherOrg"]), post: only(["coordinator", "otherOrg"]) },
  "programs.$programId._index.tsx": { get: programPage(["coordinator", "union", "facilitator"]), post: programPage(["coordinator"]) },
  "programs.$programId.edit.tsx": { get: programPage(["coordinator"]), post: programPage(["coordinator"]) },
  "programs.$programId.copy.tsx": { get: programPage(["coordinator"]), post: programPage(["coordinator"]) },
  "programs.$programId.goals.tsx": { get: programPage(["coordinator"]), post: programPage(["coordinator"]) },
  "programs.$programId.members.tsx": { get: programPage(["coordinator"]), post: programPage(["coordinator"]) },
  "programs.$programId.partners.tsx": { get: programPage(["coordinator"]), post: programPage(["coordinator"]) },
  "programs.$programId.budget.tsx": { get: programPage(["coordinator"]), post: programPage(["coordinator"]) },
  "programs.$programId.cohorts.tsx": { get: programPage(["coordinator"]), post: programPage(["coordinator"]) },
  "programs.$programId.cohorts_.$cohortId.tsx": { get: programPage(["coordinator"]), post: programPage(["coordinator"]) },
  // Representatives see the union page; only the coordinator registers them, and only they set their mode.
  "programs.$programId.union.tsx": { get: programPage(["coordinator", "union"]), post: programPage(["coordinator"]) },
  "participation.tsx": { get: only(["union"]), post: only(["union"]) },
  "people._index.tsx": { get: only(["coordinator", "admin", "otherOrg"]), post: only(["coordinator", "admin", "otherOrg"]) },
  "people.new.tsx": { get: only(["coordinator", "admin", "otherOrg"]), post: only(["coordinator", "admin", "otherOrg"]) },
  "people.import.tsx": { get: only(["coordinator", "admin", "otherOrg"]), post: only(["coordinator", "admin", "otherOrg"]) },
  "people.$personId.tsx": {
    get: only(["coordinator", "admin"], 403, { otherOrg: 404 }),
    post: only(["coordinator", "admin"], 403, { otherOrg: 404 }),
  },
  "organisation.tsx": { get: only(["coordinator", "admin", "otherOrg"]), post: only(["coordinator", "admin", "otherOrg"]) },
  "facilitators.tsx": { get: only(["coordinator", "otherOrg"]), post: only(["coordinator", "otherOrg"]) },
};

function outcomeOf(result: RouteResult): Outcome | number {
  if (result.status === 403 || result.status === 404) return result.status;
  if (result.location?.startsWith("/login")) return "login";
  return result.status < 500 ? "ok" : result.status;
}

const files = Object.keys(modules).map((p) => p.split("/").pop()!);

describe("authorization matrix", () => {
  let values: Record<string, string>;
  beforeAll(async () => {
    values = await parameterValues();
  });
  /** Fresh sessions for each route: some actions (sign-out) end the session they are sent with. */
  const signInAll = async () => {
    const cookies: Partial<Record<Actor, string>> = {};
    for (const [actor, email] of Object.entries(actorEmails)) cookies[actor as Actor] = await signInAs(email);
    return cookies;
  };

  it("has an entry for every route module, and no entry for a route that is gone", () => {
    expect(
      files.filter((f) => !(f in matrix)),
      "routes missing from the matrix",
    ).toEqual([]);
    expect(
      Object.keys(matrix).filter((f) => !files.includes(f)),
      "matrix entries without a route",
    ).toEqual([]);
  });

  for (const file of files) {
    const module = modules[`../../app/routes/${file}`]!;
    const rules = matrix[file];
    it(`${file}: GET and POST answer each actor as the matrix says`, async () => {
      expect(rules, `${file} has no matrix entry`).toBeDefined();
      const { path, params } = urlFor(file, values);
      for (const method of ["get", "post"] as const) {
        const cookies = await signInAll();
        const handler = method === "get" ? module.loader : module.action;
        const rule = rules![method];
        if (!handler) {
          expect(rule, `${file} has no ${method === "get" ? "loader" : "action"}, so no ${method} rule`).toBeUndefined();
          continue;
        }
        expect(rule, `${file} needs a ${method} rule`).toBeDefined();
        for (const actor of actors) {
          const options = { cookie: cookies[actor], params };
          const result =
            method === "get" ? await callLoader(handler, path, options) : await callAction(handler as ActionFunction, path, {}, options);
          expect(outcomeOf(result), `${method.toUpperCase()} ${path} as ${actor}`).toBe(rule![actor]);
        }
      }
    });
  }
});
