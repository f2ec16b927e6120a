import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadResponse, getMailboxCopy, outboxScope } from "../server/email/outbox-view.server";
import { notFound, parseId, requireRole } from "../server/guards.server";

/** The whole MIME message from the local mailbox, to open in a mail program. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "coordinator", "admin");
  const id = parseId(params.messageId);
  const copy = getMailboxCopy(outboxScope(user), id);
  if (!copy) throw notFound();
  return downloadResponse(copy.raw, "message/rfc822", `message-${id}.eml`);
}
