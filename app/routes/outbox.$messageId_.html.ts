import type { LoaderFunctionArgs } from "@remix-run/node";
import { emailHtmlResponse, getMailboxCopy, outboxScope } from "../server/email/outbox-view.server";
import { notFound, parseId, requireRole } from "../server/guards.server";

/** The HTML of a message in the local mailbox, for the sandboxed frame on its page. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "coordinator", "admin");
  const copy = getMailboxCopy(outboxScope(user), parseId(params.messageId));
  if (!copy) throw notFound();
  return emailHtmlResponse(copy.html);
}
