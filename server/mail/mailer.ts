/**
 * Outgoing mail. With SMTP_URL set, messages go through nodemailer's SMTP transport; without it
 * (the embedded default) each message is written as an .eml file to DATA_DIR/outbox, which
 * `letterbridge outbox` lists.
 */
import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';

/** One message. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

/** Sends mail. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Where mail goes, for logs and health: "smtp://host:port" or the outbox folder. */
  describe(): string;
}

/** Mailer settings. */
export interface MailerOptions {
  smtpUrl?: string | undefined;
  from: string;
  outboxDir: string;
}

/** Creates the mailer the configuration asks for. */
export function createMailer(options: MailerOptions): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    const target = new URL(options.smtpUrl);
    return {
      async send(message) {
        await transport.sendMail({ from: options.from, ...message });
      },
      describe: () => `${target.protocol}//${target.host}`,
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message) {
      const info = await transport.sendMail({ from: options.from, ...message });
      fs.mkdirSync(options.outboxDir, { recursive: true, mode: 0o700 });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^A-Za-z0-9]/g, '').slice(0, 16)}.eml`;
      fs.writeFileSync(path.join(options.outboxDir, name), info.message as Buffer, { mode: 0o600 });
    },
    describe: () => options.outboxDir,
  };
}
