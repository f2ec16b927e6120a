import { eq, inArray } from "drizzle-orm";
import { agendaItems, emailMessages, gatherings, invitations, people, programs } from "../../db/schema";
import type { EmailKind, EmailPayloads } from "../../app/domain/email-kinds";
import { getDb } from "../../app/server/db.server";
import { enqueueEmail } from "../../app/server/outbox.server";

/** Test data for e-mails on the seeded database: the district's programme, its people, new gatherings. */
export const program = () => getDb().select().from(programs).where(eq(programs.title, "Ledelse i Fjellby 2025–2027")).get()!;

export const personByEmail = (email: string) => getDb().select().from(people).where(eq(people.email, email)).get()!;

/** A leader of the district whose preferred language is `locale` (the seed has both). */
export const leaderSpeaking = (locale: "nb" | "en", skip = 0) =>
  getDb()
    .select()
    .from(people)
    .where(eq(people.preferredLanguage, locale))
    .all()
    .filter((p) => p.email.endsWith("@fjellby.example.org"))[skip]!;

type GatheringInput = Partial<typeof gatherings.$inferInsert> & { startsAt: Date; endsAt: Date; invitees: number[] };

/** A gathering of the seeded programme with an agenda and invitations for `invitees`. */
export function createGathering({ invitees, ...values }: GatheringInput) {
  const db = getDb();
  return db.transaction((tx) => {
    const [gathering] = tx
      .insert(gatherings)
      .values({
        programId: program().id,
        title: "Testsamling",
        venueName: "Fjellby hotell",
        venueAddress: "Storgata 12",
        status: "confirmed",
        ...values,
      })
      .returning()
      .all();
    tx.insert(agendaItems)
      .values([
        { gatheringId: gathering!.id, position: 1, startsAt: values.startsAt, title: "Velkommen" },
        { gatheringId: gathering!.id, position: 2, startsAt: new Date(values.startsAt.getTime() + 3_600_000), title: "Gruppearbeid" },
      ])
      .run();
    const rows = tx
      .insert(invitations)
      .values(invitees.map((personId) => ({ gatheringId: gathering!.id, personId })))
      .returning()
      .all();
    return { gathering: gathering!, invitations: rows };
  });
}

/** Queues one e-mail as the feature code does, in its own transaction. */
export function queue<K extends EmailKind>(
  kind: K,
  recipientPersonId: number,
  payload: EmailPayloads[K],
  idempotencyKey: string,
  dueAt?: Date,
) {
  return getDb().transaction((tx) => enqueueEmail(tx, { kind, recipientPersonId, payload, idempotencyKey, dueAt }));
}

/** Queues the invitation e-mail for every invitation of a gathering. */
export function queueInvitations(gatheringId: number, rows: (typeof invitations.$inferSelect)[], sequence = 0) {
  for (const invitation of rows) {
    queue(
      "invitation",
      invitation.personId,
      { gatheringId, invitationId: invitation.id, sequence },
      `test:invitation:${invitation.id}:${sequence}`,
    );
  }
}

export const outboxRow = (idempotencyKey: string) =>
  getDb().select().from(emailMessages).where(eq(emailMessages.idempotencyKey, idempotencyKey)).get()!;

export const outboxRows = (keys: string[]) => getDb().select().from(emailMessages).where(inArray(emailMessages.idempotencyKey, keys)).all();
