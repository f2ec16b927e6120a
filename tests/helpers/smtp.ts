import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll } from "vitest";
import { smtpTransport, type MailTransport } from "../../app/server/email/transport.server";

export type Received = { to: string[]; raw: string; mail: ParsedMail };

/** An SMTP answer other than OK, as a server gives it: `451` is "try later", `550` "never". */
export type Refusal = { code: number; message: string };

/**
 * A real SMTP server on a loopback port that keeps what it is sent (parsed with mailparser), and can
 * be told to refuse some recipients or to be slow, to test the dispatcher against a real protocol.
 */
export async function startSmtpServer() {
  const received: Received[] = [];
  let refuse: (recipient: string) => Refusal | null = () => null;
  let delayMs = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    // Pooled clients keep idle connections open; do not wait long for them when closing.
    closeTimeout: 500,
    onRcptTo(address, _session, callback) {
      const refusal = refuse(address.address);
      if (!refusal) return callback();
      const error = Object.assign(new Error(refusal.message), { responseCode: refusal.code });
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, mail: await simpleParser(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Messages to this address, in the order they arrived. */
    to: (address: string) => received.filter((r) => r.to.includes(address)),
    refuse(rule: (recipient: string) => Refusal | null) {
      refuse = rule;
    },
    slowDown(ms: number) {
      delayMs = ms;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TestSmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;

/**
 * A test SMTP server and a pooled SMTP transport to it, for the tests of the calling file (or
 * describe block): started before them, closed after.
 */
export function useSmtpServer() {
  const mail = {} as { smtp: TestSmtpServer; transport: MailTransport };
  beforeAll(async () => {
    mail.smtp = await startSmtpServer();
    mail.transport = smtpTransport(mail.smtp.url);
  });
  afterAll(async () => {
    mail.transport.close();
    await mail.smtp.close();
  });
  return mail;
}
