/**
 * Makes a reply's OCR draft (the `ocr-reply` job): reads its files with tesseract, keeps the text
 * in `replies.ocr_draft` (apart from the transcription, which only a person writes), records how
 * sure the reading was, and — when the draft carries exactly one known reference code and the reply
 * is not matched yet — matches it. Idempotent: a reply that has a draft, or an event saying OCR
 * was not possible, is left alone.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database';
import { replies, replyEvents, replyFiles } from '../db/schema';
import { systemActor } from '../letters/actor';
import { lettersNamedIn, matchReply } from './match';
import { DEFAULT_OCR_TOOLS, readReply, type OcrTools } from './ocr';
import { replyFilePath } from './storage';

/** What the OCR step did. */
export type OcrOutcome = 'drafted' | 'unavailable' | 'skipped';

/** The event recording an OCR run (its data says what came out; never the text). */
export const OCR_EVENT = 'ocr_draft';

/** Reads reply `replyId` and stores the draft. */
export async function draftReplyByOcr(
  db: Db,
  dataDir: string,
  replyId: string,
  tools: OcrTools = DEFAULT_OCR_TOOLS,
): Promise<OcrOutcome> {
  const [reply] = await db.select().from(replies).where(eq(replies.id, replyId));
  if (!reply || reply.purgedAt || reply.ocrDraft !== null) return 'skipped';
  const [done] = await db
    .select({ id: replyEvents.id })
    .from(replyEvents)
    .where(and(eq(replyEvents.replyId, replyId), inArray(replyEvents.name, [OCR_EVENT])));
  if (done) return 'skipped';
  const files = await db
    .select()
    .from(replyFiles)
    .where(eq(replyFiles.replyId, replyId))
    .orderBy(asc(replyFiles.position));
  const started = Date.now();
  const result = await readReply(
    files.map((f) => ({ path: replyFilePath(dataDir, f.path), mimeType: f.mimeType })),
    tools,
  );
  const actor = systemActor('ocr-reply');
  await db.transaction(async (tx) => {
    if (result) {
      await tx.update(replies).set({ ocrDraft: result.text }).where(eq(replies.id, replyId));
    }
    await tx.insert(replyEvents).values({
      replyId,
      name: OCR_EVENT,
      fromStatus: reply.status,
      toStatus: reply.status,
      actorType: actor.type,
      actorId: actor.id,
      data: result
        ? {
            engine: result.engine,
            pages: result.pages,
            chars: result.text.length,
            meanConfidence: result.meanConfidence,
            uncertainWords: result.uncertainWords,
            ms: Date.now() - started,
          }
        : { engine: null },
    });
  });
  if (result && !reply.letterId) {
    const named = await lettersNamedIn(db, result.text);
    // Several codes, or one nobody knows: a volunteer decides.
    if (named.length === 1) {
      await matchReply(db, replyId, named[0]!.id, actor, 'ocr_ref_code', { onlyIfUnmatched: true });
    }
  }
  return result ? 'drafted' : 'unavailable';
}
