import { renameSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export type MailSink = { port: number; close: () => Promise<void> };

/**
 * A real SMTP server on loopback that accepts everything and writes each message, as received,
 * to `dir` as a numbered .eml file (written whole, then renamed, so readers never see half a file).
 */
export function startMailSink(dir: string, port: number): Promise<MailSink> {
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP: nothing to negotiate, so any client configuration reaches the message.
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        const name = String(++count).padStart(5, "0");
        writeFileSync(path.join(dir, `${name}.tmp`), Buffer.concat(chunks));
        renameSync(path.join(dir, `${name}.tmp`), path.join(dir, `${name}.eml`));
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      resolve({
        port: (server.server.address() as AddressInfo).port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
