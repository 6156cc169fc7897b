/**
 * The reply as the volunteer workbench shows it: files, the OCR draft (clearly a draft), the
 * transcription, the translation draft, the letter it answers and its history. A presenter: it
 * shows volunteers pseudonyms, never a writer's email.
 */
import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { ReplyListItem, ReplyView } from '../../shared/api/replies';
import type { ReplyStatus } from '../../shared/reply-status';
import type { Queryable } from '../db/database';
import {
  facilities,
  letters,
  prisoners,
  replies,
  replyEvents,
  replyFiles,
  translations,
  writers,
} from '../db/schema';
import { notFound } from '../errors';
import { suggestedRefCodes } from './match';
import { OCR_EVENT } from './ocr-draft';
import { isUuid } from './transition';

/** Shown with every OCR draft. */
export const OCR_DRAFT_NOTICE =
  'Machine reading (OCR), not checked by anyone. Compare every word with the scan before using it.';

/** The language a reply is translated into for a writer ("other" readers get English). */
export function replyTargetLanguage(writerLanguage: string): string {
  return writerLanguage === 'other' ? 'en' : writerLanguage;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The reply's translation row (one per reply, out of Russian). */
export async function replyTranslation(db: Queryable, replyId: string) {
  const [row] = await db
    .select()
    .from(translations)
    .where(and(eq(translations.replyId, replyId), eq(translations.direction, 'from_ru')))
    .orderBy(desc(translations.updatedAt))
    .limit(1);
  return row;
}

/** The workbench view of one reply. @throws AppError 404 `reply_not_found`. */
export async function replyView(db: Queryable, replyId: string): Promise<ReplyView> {
  if (!isUuid(replyId)) throw notFound('reply');
  const [row] = await db
    .select({ reply: replies, letter: letters, prisoner: prisoners, writer: writers, facility: facilities })
    .from(replies)
    .leftJoin(letters, eq(letters.id, replies.letterId))
    .leftJoin(prisoners, eq(prisoners.id, letters.prisonerId))
    .leftJoin(writers, eq(writers.id, letters.writerId))
    .leftJoin(facilities, eq(facilities.id, letters.facilityId))
    .where(eq(replies.id, replyId));
  if (!row) throw notFound('reply');
  const { reply, letter, prisoner, writer, facility } = row;
  const files = await db
    .select({
      id: replyFiles.id,
      mimeType: replyFiles.mimeType,
      bytes: replyFiles.bytes,
      position: replyFiles.position,
    })
    .from(replyFiles)
    .where(eq(replyFiles.replyId, replyId))
    .orderBy(asc(replyFiles.position));
  const events = await db
    .select()
    .from(replyEvents)
    .where(eq(replyEvents.replyId, replyId))
    .orderBy(asc(replyEvents.id));
  const ocr = [...events].reverse().find((e) => e.name === OCR_EVENT)?.data;
  const translation = await replyTranslation(db, replyId);
  const target = writer ? replyTargetLanguage(writer.language) : null;
  const text = [reply.ocrDraft, reply.transcription].filter(Boolean).join('\n');
  return {
    id: reply.id,
    status: reply.status,
    receivedVia: reply.receivedVia,
    receivedAt: reply.createdAt.toISOString(),
    statusChangedAt: reply.statusChangedAt.toISOString(),
    claimedBy: reply.claimedBy,
    claimExpiresAt: iso(reply.claimExpiresAt),
    letter:
      letter && prisoner && writer
        ? {
            id: letter.id,
            refCode: letter.refCode,
            status: letter.status,
            prisonerName: prisoner.fullName,
            facility: facility?.shortName ?? null,
            writerPseudonym: writer.pseudonym,
            writerLanguage: writer.language,
          }
        : null,
    targetLanguage: target,
    needsTranslation: target === null ? null : target !== 'ru',
    files,
    ocrDraft: reply.ocrDraft
      ? {
          text: reply.ocrDraft,
          notice: OCR_DRAFT_NOTICE,
          engine: typeof ocr?.engine === 'string' ? ocr.engine : null,
          meanConfidence: typeof ocr?.meanConfidence === 'number' ? ocr.meanConfidence : null,
          uncertainWords: typeof ocr?.uncertainWords === 'number' ? ocr.uncertainWords : null,
        }
      : null,
    transcription: reply.transcription,
    translation: translation
      ? {
          text: translation.text,
          status: translation.status,
          translatorId: translation.translatorId,
          language: translation.targetLanguage,
        }
      : null,
    suggestedRefCodes: !letter && text ? await suggestedRefCodes(db, text) : [],
    history: events.map((e) => ({
      name: e.name,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorType: e.actorType,
      at: e.createdAt.toISOString(),
      reason: e.reason,
    })),
    purged: reply.purgedAt !== null,
  };
}

/** Replies by status, oldest first; `unmatched` lists those still waiting for their letter. */
export async function listReplies(
  db: Queryable,
  filter: { status?: ReplyStatus; unmatched?: boolean; limit?: number } = {},
): Promise<ReplyListItem[]> {
  const conditions: SQL[] = [isNull(replies.purgedAt)];
  if (filter.status) conditions.push(eq(replies.status, filter.status));
  if (filter.unmatched) conditions.push(isNull(replies.letterId));
  const rows = await db
    .select({
      id: replies.id,
      status: replies.status,
      receivedVia: replies.receivedVia,
      createdAt: replies.createdAt,
      refCode: letters.refCode,
      hasOcrDraft: sql<boolean>`${replies.ocrDraft} IS NOT NULL`,
    })
    .from(replies)
    .leftJoin(letters, eq(letters.id, replies.letterId))
    .where(and(...conditions))
    .orderBy(asc(replies.createdAt))
    .limit(Math.min(filter.limit ?? 100, 500));
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    receivedVia: r.receivedVia,
    receivedAt: r.createdAt.toISOString(),
    refCode: r.refCode,
    hasOcrDraft: r.hasOcrDraft,
  }));
}

/** A stored file of a reply (for serving the scan to the workbench), or undefined. */
export async function fileOfReply(
  db: Queryable,
  replyId: string,
  fileId: string,
): Promise<{ path: string; mimeType: string } | undefined> {
  if (!isUuid(replyId) || !isUuid(fileId)) return undefined;
  const [file] = await db
    .select({ path: replyFiles.path, mimeType: replyFiles.mimeType })
    .from(replyFiles)
    .where(and(eq(replyFiles.id, fileId), eq(replyFiles.replyId, replyId)));
  return file;
}
