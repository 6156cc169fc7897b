/**
 * Intake of a prisoner's reply: scans (JPEG/PNG), a PDF, or the text of an e-letter reply. Files
 * are checked and cleaned first, written under random names, then the reply row, its file rows,
 * its history and the OCR job are inserted in one transaction (files are removed again if that
 * fails). The reply is matched to its letter when the volunteer names it (letter, reference code,
 * service order number) or the e-letter's text carries an exact reference code; otherwise it waits
 * for OCR or for a volunteer to match it by hand.
 *
 * The other intake outcome is not a reply at all: blank reply forms came back, which in practice
 * means the censor stopped the letter; that marks the letter returned and stores nothing.
 */
import type { Db } from '../db/database';
import { replies, replyEvents, replyFiles } from '../db/schema';
import { recordStopped } from '../delivery/events';
import { badRequest, notFound } from '../errors';
import { enqueueJob } from '../jobs/queue';
import type { Actor } from '../letters/actor';
import { letterByOrderNumber, letterByRefCode, lettersNamedIn, matchReply, type MatchMethod } from './match';
import { removeReplyFiles, storeReplyFile } from './storage';
import { checkReplyFile, MAX_FILES_PER_REPLY, type CheckedFile } from './upload-files';
import { isUuid } from './transition';

/** The job that makes the OCR draft (see jobs.ts). */
export const OCR_REPLY_JOB = 'ocr-reply';

/** Longest e-letter reply text accepted, in characters. */
export const MAX_REPLY_TEXT_CHARS = 20_000;

/** How the volunteer identified the letter, if they did. */
export interface LetterPointer {
  letterId?: string;
  refCode?: string;
  /** The e-letter service's order number, or the post's tracking number. */
  orderNumber?: string;
}

/** One reply as uploaded. */
export interface ReplyIntake extends LetterPointer {
  files: Buffer[];
  /** The text of an e-letter reply, when it came as text. */
  text?: string;
}

/** What intake did. */
export interface IntakeResult {
  replyId: string;
  letterId: string | null;
  matchedBy: MatchMethod | null;
  /** True when matching proved the letter delivered (it was dispatched or lost). */
  delivered: boolean;
  ocrQueued: boolean;
}

/**
 * The letter a volunteer pointed at, or undefined when they gave nothing.
 * @throws AppError 404 `letter_not_found` when the pointer names no letter.
 */
export async function resolveLetterPointer(
  db: Db,
  pointer: LetterPointer,
): Promise<{ letterId: string; method: MatchMethod } | undefined> {
  if (pointer.letterId) {
    if (!isUuid(pointer.letterId)) throw notFound('letter');
    return { letterId: pointer.letterId, method: 'by_hand' };
  }
  if (pointer.refCode) {
    const letter = await letterByRefCode(db, pointer.refCode);
    if (!letter) throw notFound('letter');
    return { letterId: letter.id, method: 'ref_code' };
  }
  if (pointer.orderNumber) {
    const letter = await letterByOrderNumber(db, pointer.orderNumber);
    if (!letter) throw notFound('letter');
    return { letterId: letter.id, method: 'order_number' };
  }
  return undefined;
}

async function checkAll(files: Buffer[]): Promise<CheckedFile[]> {
  if (files.length > MAX_FILES_PER_REPLY) {
    throw badRequest('too_many_files', `A reply may have at most ${MAX_FILES_PER_REPLY} files.`);
  }
  const checked: CheckedFile[] = [];
  for (const file of files) checked.push(await checkReplyFile(file));
  return checked;
}

/**
 * Stores one reply and queues its OCR draft.
 * @throws AppError 400 for bad files or an empty intake, 404 for a pointer naming no letter.
 */
export async function receiveReply(
  db: Db,
  dataDir: string,
  input: ReplyIntake,
  actor: Actor,
): Promise<IntakeResult> {
  const text = input.text?.trim() || undefined;
  if (input.files.length === 0 && !text)
    throw badRequest('reply_empty', 'Upload the scan or paste the text.');
  if (text && text.length > MAX_REPLY_TEXT_CHARS) {
    throw badRequest('reply_too_long', `A reply text may have at most ${MAX_REPLY_TEXT_CHARS} characters.`);
  }
  const checked = await checkAll(input.files);
  let match = await resolveLetterPointer(db, input);
  if (!match && text) {
    const named = await lettersNamedIn(db, text);
    if (named.length === 1) match = { letterId: named[0]!.id, method: 'text_ref_code' };
  }
  const receivedVia = text ? 'e_letter' : checked.some((f) => f.type === 'application/pdf') ? 'pdf' : 'scan';

  const stored: string[] = [];
  try {
    for (const file of checked) stored.push(storeReplyFile(dataDir, file.bytes, file.extension));
    return await db.transaction(async (tx) => {
      const [reply] = await tx
        .insert(replies)
        // Typed e-letter text is the reply itself, not a machine reading: it starts as the transcription.
        .values({ receivedVia, transcription: text ?? null })
        .returning({ id: replies.id });
      const replyId = reply!.id;
      if (checked.length) {
        await tx.insert(replyFiles).values(
          checked.map((file, position) => ({
            replyId,
            path: stored[position]!,
            mimeType: file.type,
            bytes: file.bytes.length,
            position,
          })),
        );
      }
      await tx.insert(replyEvents).values({
        replyId,
        name: 'receive',
        toStatus: 'received',
        actorType: actor.type,
        actorId: actor.id ?? null,
        data: { via: receivedVia, files: checked.length, textChars: text?.length ?? 0 },
      });
      const ocrQueued = checked.length > 0 && !text;
      if (ocrQueued) await enqueueJob(tx, OCR_REPLY_JOB, { replyId });
      const delivered = match
        ? (await matchReply(tx, replyId, match.letterId, actor, match.method)).delivered
        : false;
      return {
        replyId,
        letterId: match?.letterId ?? null,
        matchedBy: match?.method ?? null,
        delivered,
        ocrQueued,
      };
    });
  } catch (error) {
    removeReplyFiles(dataDir, stored);
    throw error;
  }
}

/**
 * Blank reply forms came back instead of a reply: the letter is marked returned with that cause
 * (the writer reads it in plain words). Nothing of the forms is stored.
 * @throws AppError 400 `letter_required`, 404 `letter_not_found`, 409 `letter_is_<status>`.
 */
export async function receiveBlankForms(
  db: Db,
  pointer: LetterPointer & { note?: string },
  actor: Actor,
): Promise<{ letterId: string }> {
  const match = await resolveLetterPointer(db, pointer);
  if (!match) throw badRequest('letter_required', 'Say which letter the blank forms belong to.');
  await recordStopped(db, match.letterId, actor, { cause: 'blank_forms', note: pointer.note });
  return { letterId: match.letterId };
}
