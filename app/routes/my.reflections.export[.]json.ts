import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "../server/guards.server";
import { exportMine } from "../server/reflections.server";
import { clock } from "../server/clock.server";
import { osloDay } from "../i18n/dates";

/** The leader's own reflections as a JSON file: their data, to keep or take elsewhere. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "leader");
  const now = clock.now();
  const body = {
    exportedAt: now.toISOString(),
    person: { name: user.name, email: user.email },
    reflections: exportMine(user).map((r) => ({
      programme: r.programTitle,
      gathering: r.gatheringTitle,
      kind: r.kind,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      submittedAt: r.submittedAt?.toISOString() ?? null,
      ratings: r.ratings,
      answers: r.answers.map((a) => ({ prompt: a.prompt, answer: a.answer })),
      freeText: r.freeText,
      quotes: r.quotes.map((q) => ({
        text: q.text,
        consentedAt: q.consentedAt.toISOString(),
        withdrawnAt: q.withdrawnAt?.toISOString() ?? null,
      })),
    })),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="samling-reflections-${osloDay(now)}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
