/**
 * The replies in a writer's "My letters" thread: only forwarded ones, only the writer's own, and
 * only what the writer should see (the translation, the transcription, which scans exist; no
 * volunteer ids, no OCR drafts).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { WriterReply } from '../../shared/api/writer';
import type { Queryable } from '../db/database';
import { letters, prisoners, replies, replyEvents, replyFiles, translations } from '../db/schema';
import { RECEIVING_STATUSES } from '../writer/public-stats';
import { replyFilePath } from './storage';
import { isUuid } from './transition';

/** Every forwarded reply to `writerId`'s letters, oldest first. */
export async function repliesForWriter(db: Queryable, writerId: string): Promise<WriterReply[]> {
  const rows = await db
    .select({ reply: replies, letter: letters, prisoner: prisoners })
    .from(replies)
    .innerJoin(letters, eq(letters.id, replies.letterId))
    .innerJoin(prisoners, eq(prisoners.id, letters.prisonerId))
    .where(and(eq(letters.writerId, writerId), eq(replies.status, 'forwarded')))
    .orderBy(asc(replies.createdAt));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.reply.id);
  const [texts, files, forwards] = await Promise.all([
    db
      .select()
      .from(translations)
      .where(
        and(
          inArray(translations.replyId, ids),
          eq(translations.direction, 'from_ru'),
          eq(translations.status, 'approved'),
        ),
      ),
    db.select().from(replyFiles).where(inArray(replyFiles.replyId, ids)).orderBy(asc(replyFiles.position)),
    db
      .select({ replyId: replyEvents.replyId, at: replyEvents.createdAt })
      .from(replyEvents)
      .where(
        and(
          inArray(replyEvents.replyId, ids),
          eq(replyEvents.toStatus, 'forwarded'),
          eq(replyEvents.name, 'forward'),
        ),
      ),
  ]);
  const receiving = RECEIVING_STATUSES as readonly string[];
  return rows.map(({ reply, letter, prisoner }) => {
    const translation = texts.find((t) => t.replyId === reply.id);
    return {
      id: reply.id,
      letterId: letter.id,
      letterRefCode: letter.refCode,
      prisonerId: prisoner.id,
      prisonerName: prisoner.fullName,
      receivedAt: reply.createdAt.toISOString(),
      forwardedAt: (forwards.find((f) => f.replyId === reply.id)?.at ?? reply.statusChangedAt).toISOString(),
      translation: translation?.text ?? null,
      translationLanguage: translation?.targetLanguage ?? null,
      original: reply.transcription,
      scans: files
        .filter((f) => f.replyId === reply.id)
        .map((f) => ({ id: f.id, mimeType: f.mimeType, bytes: f.bytes })),
      purged: reply.purgedAt !== null,
      canAnswer: receiving.includes(prisoner.status) && prisoner.facilityId !== null,
    };
  });
}

/** A scan the writer may download: where it is on disk and what to call it. */
export interface WriterScan {
  /** Absolute path, checked to be one of ours (see storage.ts). */
  absolutePath: string;
  mimeType: string;
  /** The reference code of the writer's letter, for the download's file name. */
  letterRefCode: string;
}

/** One scan of a forwarded reply, if `writerId` wrote the letter it answers; undefined otherwise. */
export async function replyScanForWriter(
  db: Queryable,
  dataDir: string,
  writerId: string,
  replyId: string,
  fileId: string,
): Promise<WriterScan | undefined> {
  if (!isUuid(replyId) || !isUuid(fileId)) return undefined;
  const [file] = await db
    .select({ path: replyFiles.path, mimeType: replyFiles.mimeType, refCode: letters.refCode })
    .from(replyFiles)
    .innerJoin(replies, eq(replies.id, replyFiles.replyId))
    .innerJoin(letters, eq(letters.id, replies.letterId))
    .where(
      and(
        eq(replyFiles.id, fileId),
        eq(replyFiles.replyId, replyId),
        eq(replies.status, 'forwarded'),
        eq(letters.writerId, writerId),
      ),
    );
  return file
    ? {
        absolutePath: replyFilePath(dataDir, file.path),
        mimeType: file.mimeType,
        letterRefCode: file.refCode,
      }
    : undefined;
}
