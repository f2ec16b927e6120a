import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadResponse, getMailboxCopy, outboxScope } from "../server/email/outbox-view.server";
import { notFound, parseId, requireRole } from "../server/guards.server";

/** One attachment (the calendar file) of a message in the local mailbox; `index` counts from 0. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "coordinator", "admin");
  const copy = getMailboxCopy(outboxScope(user), parseId(params.messageId));
  const index = /^\d+$/.test(params.index ?? "") ? Number(params.index) : -1;
  const attachment = copy?.attachments[index];
  if (!attachment) throw notFound();
  return downloadResponse(attachment.content, attachment.contentType, attachment.filename);
}
