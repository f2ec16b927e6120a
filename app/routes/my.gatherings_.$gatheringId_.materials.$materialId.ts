import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseId } from "../server/guards.server";
import { attachmentDisposition, materialFile } from "../server/materials.server";
import { requireParticipantGathering } from "../server/participant-pages.server";

/**
 * A material's file, to the gathering's invitees, facilitators and coordinators (a 404 to anyone
 * else): always a download, never rendered by the browser, never cached.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, gathering } = await requireParticipantGathering(request, params.gatheringId);
  const file = materialFile(gathering, user, parseId(params.materialId));
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Content-Length": String(file.body.length),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
