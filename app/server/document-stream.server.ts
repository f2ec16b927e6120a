import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@remix-run/node";
import type { ReactNode } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { logger } from "./logger.server";

/** How long deferred data may stream after the shell before the render is given up. */
export const streamTimeout = 5_000;

/**
 * A page as a streamed HTML response: sent when the shell is ready, or whole when `wholeDocument`
 * (crawlers, and so no-JavaScript readers of deferred data). A render still running after
 * `streamTimeout` and a second is aborted; the timer is cleared once everything is rendered, as a
 * pending timer keeps the finished render (its tree and buffers) in memory until it fires.
 */
export function streamDocument(
  document: ReactNode,
  { nonce, wholeDocument, status, headers }: { nonce: string; wholeDocument: boolean; status: number; headers: Headers },
) {
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const abortLate = setTimeout(() => abort(), streamTimeout + 1_000);
    const respond = () => {
      shellRendered = true;
      const body = new PassThrough();
      headers.set("Content-Type", "text/html; charset=utf-8");
      resolve(new Response(createReadableStreamFromReadable(body), { headers, status }));
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(document, {
      nonce,
      onShellReady() {
        if (!wholeDocument) respond();
      },
      onAllReady() {
        clearTimeout(abortLate);
        if (wholeDocument) respond();
      },
      onShellError(error: unknown) {
        clearTimeout(abortLate);
        reject(error);
      },
      onError(error: unknown) {
        status = 500;
        if (shellRendered) logger.error({ err: error }, "render failed");
      },
    });
  });
}
