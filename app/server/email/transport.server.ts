import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import type { Config } from "../config.server";

/**
 * Where sent e-mail goes: an SMTP server (`SMTP_URL`) through a pool of connections, or, with no
 * server configured, the local mailbox, which keeps the whole MIME message for the outbox page.
 */
export type Delivery = { messageId: string; raw: string | null };

export type MailTransport = {
  /** The local mailbox keeps a copy that coordinators can read: secrets stay out of it. */
  readonly keepsCopy: boolean;
  send(mail: Mail.Options): Promise<Delivery>;
  close(): void;
};

/**
 * Timeouts well inside the dispatcher's lease, so a hung server fails the attempt (and the message is
 * retried) before another process could take the message over.
 */
export function smtpTransport(url: string): MailTransport {
  const transport = nodemailer.createTransport({
    ...parseConnectionUrl(url),
    pool: true,
    maxConnections: 3,
    connectionTimeout: 20_000,
    greetingTimeout: 15_000,
    socketTimeout: 45_000,
  });
  return {
    keepsCopy: false,
    async send(mail) {
      const info = await transport.sendMail(mail);
      return { messageId: info.messageId, raw: null };
    },
    close: () => transport.close(),
  };
}

export function mailboxTransport(): MailTransport {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    keepsCopy: true,
    async send(mail) {
      const info = await transport.sendMail(mail);
      return { messageId: info.messageId, raw: (info.message as Buffer).toString("utf8") };
    },
    close: () => transport.close(),
  };
}

export const transportFor = (config: Pick<Config, "smtpUrl">): MailTransport =>
  config.smtpUrl ? smtpTransport(config.smtpUrl) : mailboxTransport();
