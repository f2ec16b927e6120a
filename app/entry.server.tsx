import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { NonceProvider } from "./components/nonce";
import { DocumentMarkupProvider } from "./components/server-markup";
import { streamDocument, streamTimeout } from "./server/document-stream.server";
import { contentSecurityPolicy, newNonce } from "./server/http-security.server";
import { logger } from "./server/logger.server";

export { boot } from "./server/boot.server";
export { keepComparisonCurrent } from "./server/directorate.server";
export { isAllowedOrigin, staticDocumentPolicy, strictTransportSecurity } from "./server/http-security.server";
export { bodyLimitFor, loggedPath, screenBodyFields, screenBodyHeaders } from "./server/request-limits.server";
export { logger } from "./server/logger.server";
export { requestIdHeader, trustRequestNumbers } from "./server/request-scope.server";
export { sendBody } from "./server/send-body.server";

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = newNonce();
  responseHeaders.set("Content-Security-Policy", contentSecurityPolicy(nonce));
  return streamDocument(
    <NonceProvider value={nonce}>
      <DocumentMarkupProvider value={loadContext.documentMarkup ?? null}>
        <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
      </DocumentMarkupProvider>
    </NonceProvider>,
    {
      nonce,
      // Crawlers and the no-JavaScript case get the whole document at once.
      wholeDocument: isbot(request.headers.get("user-agent") ?? ""),
      status: responseStatusCode,
      headers: responseHeaders,
    },
  );
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  logger.error({ err: error, path: new URL(request.url).pathname }, "request failed");
}
