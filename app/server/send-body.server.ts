import type { Writable } from "node:stream";

/** How long, and how much, a response's body is held back before it streams as it comes. */
export const holdBodyMs = 250;
export const holdBodyBytes = 64 * 1024;

/**
 * Writes a response's body as Remix's `writeReadableStreamToWritable` does, but held back until it
 * ends: React hands a page over in several pieces, over more than one turn of the event loop, and
 * each write on its own is a system call and a packet (about a tenth of the About page's CPU). A
 * body still streaming after `holdBodyMs` or past `holdBodyBytes` (deferred data, a long export) is
 * let go and streams on as it comes.
 */
export async function sendBody(body: ReadableStream<Uint8Array>, res: Writable): Promise<void> {
  let held = 0;
  let corked = true;
  const release = () => {
    if (corked) res.uncork();
    corked = false;
  };
  res.cork();
  const timer = setTimeout(release, holdBodyMs);
  const reader = body.getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      res.write(read.value);
      held += read.value.length;
      if (held > holdBodyBytes) release();
    }
    res.end();
  } catch (error) {
    res.destroy(error as Error);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
