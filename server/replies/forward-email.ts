/**
 * The email that brings a forwarded reply to its writer (the `forward-reply` job): the translation,
 * the Russian transcription, and the original scans attached, in the writer's UI language. Sent at
 * least once: the `emailed` event is written after the SMTP server accepted the message, so a
 * crash between the two sends it again rather than never.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { letters, replies, replyEvents, replyFiles, writers } from '../db/schema';
import { systemActor } from '../letters/actor';
import { writerEmail } from '../letters/writers';
import type { MailMessage } from '../mail/mailer';
import type { SecretKeys } from '../security/keys';
import { replyMailTexts } from './reply-texts';
import { readReplyFile } from './storage';
import { replyTranslation } from './view';

/** Attachments stop at this total; mail servers commonly refuse messages over 20–25 MB. */
export const MAX_ATTACHMENT_BYTES = 18 * 1024 * 1024;

/** The event written once the email went out. */
export const EMAILED_EVENT = 'emailed';

/** What the email needs. */
export interface ReplyMailContent {
  to: string;
  uiLanguage: string;
  refCode: string;
  myLettersLink: string;
  translation: string | null;
  transcription: string;
  scans: { filename: string; content: Buffer; contentType: string }[];
  scansLeftOut: number;
}

/** Builds the message (plain text: it survives every mail client). */
export function replyMessage(content: ReplyMailContent): MailMessage {
  const t = replyMailTexts(content.uiLanguage);
  const fill = (line: string) =>
    line.replace('{ref}', content.refCode).replace('{link}', content.myLettersLink);
  const rule = '—'.repeat(24);
  const parts = [fill(t.intro), ''];
  if (content.translation) parts.push(t.translationHeading, rule, content.translation, '');
  parts.push(t.originalHeading, rule, content.transcription, '');
  if (content.scans.length) parts.push(t.scanAttached);
  if (content.scansLeftOut) parts.push(t.scanTooLarge);
  parts.push('', fill(t.answer));
  return {
    to: content.to,
    subject: fill(t.subject),
    text: parts.join('\n'),
    attachments: content.scans,
  };
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};

/** What the job did. */
export type ForwardOutcome = 'sent' | 'already_sent' | 'no_address' | 'not_forwarded';

/** Emails reply `replyId` to its writer, unless it was emailed before. */
export async function emailForwardedReply(
  db: Db,
  deps: {
    keys: SecretKeys;
    dataDir: string;
    publicUrl: string;
    send: (message: MailMessage) => Promise<void>;
  },
  replyId: string,
): Promise<ForwardOutcome> {
  const [row] = await db
    .select({
      reply: replies,
      refCode: letters.refCode,
      writerId: writers.id,
      uiLanguage: writers.uiLanguage,
    })
    .from(replies)
    .innerJoin(letters, eq(letters.id, replies.letterId))
    .innerJoin(writers, eq(writers.id, letters.writerId))
    .where(eq(replies.id, replyId));
  if (!row || row.reply.status !== 'forwarded' || !row.reply.transcription) return 'not_forwarded';
  const [sent] = await db
    .select({ id: replyEvents.id })
    .from(replyEvents)
    .where(and(eq(replyEvents.replyId, replyId), eq(replyEvents.name, EMAILED_EVENT)));
  if (sent) return 'already_sent';

  const to = await writerEmail(db, deps.keys, row.writerId);
  const actor = systemActor('forward-reply');
  const record = (name: string, data: Record<string, unknown>) =>
    db.insert(replyEvents).values({
      replyId,
      name,
      fromStatus: 'forwarded',
      toStatus: 'forwarded',
      actorType: actor.type,
      actorId: actor.id,
      data,
    });
  // The writer deleted their data: the address is an empty ciphertext. The thread is gone too.
  if (!to) {
    await record(EMAILED_EVENT, { skipped: 'no_address' });
    return 'no_address';
  }

  const files = await db
    .select()
    .from(replyFiles)
    .where(eq(replyFiles.replyId, replyId))
    .orderBy(asc(replyFiles.position));
  const scans: ReplyMailContent['scans'] = [];
  let total = 0;
  for (const file of files) {
    if (total + file.bytes > MAX_ATTACHMENT_BYTES) continue;
    total += file.bytes;
    scans.push({
      filename: `reply-${row.refCode}-${scans.length + 1}.${EXTENSIONS[file.mimeType] ?? 'bin'}`,
      content: readReplyFile(deps.dataDir, file.path),
      contentType: file.mimeType,
    });
  }
  const translation = await replyTranslation(db, replyId);
  await deps.send(
    replyMessage({
      to,
      uiLanguage: row.uiLanguage,
      refCode: row.refCode,
      myLettersLink: `${deps.publicUrl}/my-letters`,
      translation: translation?.status === 'approved' ? translation.text : null,
      transcription: row.reply.transcription,
      scans,
      scansLeftOut: files.length - scans.length,
    }),
  );
  await record(EMAILED_EVENT, {
    attachments: scans.length,
    bytes: total,
    leftOut: files.length - scans.length,
  });
  return 'sent';
}
