import { eq } from "drizzle-orm";
import { afterEach, expect, it } from "vitest";
import { clock, setClock } from "../../../app/server/clock.server";
import { getDb } from "../../../app/server/db.server";
import { organisations } from "../../../db/schema";

afterEach(() => setClock(null));

it("a row written through drizzle is created at the clock's now, not the machine's", () => {
  // Far from the machine's date in either direction, so SQLite's own default could not pass for it.
  const instant = new Date(clock.nowMs() + 4000 * 86_400_000);
  setClock(instant);
  const db = getDb();
  const { id } = db.insert(organisations).values({ name: "Klokkeprøve", kind: "agency" }).returning({ id: organisations.id }).get();
  expect(db.select({ createdAt: organisations.createdAt }).from(organisations).where(eq(organisations.id, id)).get()?.createdAt).toEqual(
    instant,
  );
});
