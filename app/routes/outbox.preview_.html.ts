import type { LoaderFunctionArgs } from "@remix-run/node";
import { emailHtmlResponse, parsePreview } from "../server/email/outbox-view.server";
import { renderSample } from "../server/email/samples.server";
import { requireRole } from "../server/guards.server";

/** The HTML of a template preview, for the sandboxed frame on the preview page. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator", "admin");
  const { kind, locale } = parsePreview(new URL(request.url).searchParams);
  return emailHtmlResponse((await renderSample(kind, locale)).html);
}
