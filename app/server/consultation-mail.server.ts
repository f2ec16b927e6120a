import { and, eq, lte } from "drizzle-orm";
import { comments, consultations, directionVersions } from "../../db/schema";
import type { DbOrTx } from "./db.server";
import { enqueueEmails } from "./outbox.server";

/**
 * A version decided settles the consultations on it and on earlier versions: everyone who submitted a
 * comment there is told that their comments have been answered, with a link to the answers (the
 * consultation invitation promised it). Once per consultation and person, whichever decision settles it.
 */
export function notifyCommentsAnswered(tx: DbOrTx, documentId: number, decidedNumber: number) {
  const authors = tx
    .selectDistinct({ consultationId: comments.consultationId, personId: comments.authorId })
    .from(comments)
    .innerJoin(consultations, eq(consultations.id, comments.consultationId))
    .innerJoin(directionVersions, eq(directionVersions.id, consultations.versionId))
    .where(
      and(eq(directionVersions.documentId, documentId), lte(directionVersions.number, decidedNumber), eq(comments.status, "submitted")),
    )
    .all();
  enqueueEmails(
    tx,
    authors.map(({ consultationId, personId }) => ({
      kind: "consultation_answered" as const,
      recipientPersonId: personId,
      payload: { consultationId, decidedNumber },
      idempotencyKey: `consultation_answered:${consultationId}:${personId}`,
    })),
  );
}
