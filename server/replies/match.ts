/**
 * Matching a reply to the letter it answers: by the reference code printed on the letter (typed
 * by a volunteer, found in an e-letter's text, or read exactly by OCR), by the service's order
 * number, or chosen by hand. A match can be corrected until the reply is forwarded. Matching
 * proves the letter arrived, so a dispatched or lost letter becomes delivered right away (before
 * the reply is even transcribed: the lost sweep must not tell the writer it may be lost meanwhile).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { LetterCandidate } from '../../shared/api/replies';
import type { LetterStatus } from '../../shared/letter-status';
import { foldLookAlikes, readRefCode } from '../../shared/ref-code';
import type { Queryable } from '../db/database';
import { queryRow, queryRows } from '../db/rows';
import { dispatchAttempts, letters, replyEvents } from '../db/schema';
import { proveDeliveryByReply } from '../delivery/events';
import { conflict, notFound } from '../errors';
import type { Actor } from '../letters/actor';
import { approximateCodeTails, exactRefCodes, nearRefCodes } from './ref-codes';
import { isUuid } from './transition';

/** How a reply was matched. */
export type MatchMethod = 'ref_code' | 'text_ref_code' | 'ocr_ref_code' | 'order_number' | 'by_hand';

/** Letters a reply can answer: sent, or presumed sent. */
export const ANSWERABLE_STATUSES: readonly LetterStatus[] = [
  'dispatched',
  'delivered',
  'lost',
  'returned',
  'on_hold',
];

/**
 * The letter with this reference code, if any. The code is read as the dashboard reads it (any
 * case, spaces, Cyrillic look-alikes), so a code the volunteer saw accepted is looked up as shown.
 */
export async function letterByRefCode(db: Queryable, refCode: string): Promise<{ id: string } | undefined> {
  const code = readRefCode(refCode) ?? refCode.trim().toUpperCase();
  const [row] = await db.select({ id: letters.id }).from(letters).where(eq(letters.refCode, code));
  return row;
}

/** The letter sent under this service order or tracking number, if exactly one. */
export async function letterByOrderNumber(
  db: Queryable,
  orderNumber: string,
): Promise<{ id: string } | undefined> {
  const rows = await db
    .selectDistinct({ id: dispatchAttempts.letterId })
    .from(dispatchAttempts)
    .where(
      and(eq(dispatchAttempts.externalRef, orderNumber.trim()), eq(dispatchAttempts.status, 'succeeded')),
    );
  return rows.length === 1 ? rows[0] : undefined;
}

/** Known letters whose codes appear exactly in `text` (typed or read by OCR). */
export async function lettersNamedIn(
  db: Queryable,
  text: string,
): Promise<{ id: string; refCode: string }[]> {
  const codes = exactRefCodes(text);
  if (codes.length === 0) return [];
  return db
    .select({ id: letters.id, refCode: letters.refCode })
    .from(letters)
    .where(inArray(letters.refCode, codes));
}

/** Codes of answerable letters close to what OCR misread in `text`: suggestions for a volunteer. */
export async function suggestedRefCodes(db: Queryable, text: string): Promise<string[]> {
  const exact = (await lettersNamedIn(db, text)).map((l) => l.refCode);
  const tails = approximateCodeTails(text);
  if (tails.length === 0) return exact;
  const known = await db
    .select({ refCode: letters.refCode })
    .from(letters)
    .where(inArray(letters.status, [...ANSWERABLE_STATUSES]));
  const near = nearRefCodes(
    tails,
    known.map((k) => k.refCode),
  );
  return [...new Set([...exact, ...near])].slice(0, 5);
}

/**
 * Links reply `replyId` to letter `letterId` and records how; marks the letter delivered when the
 * reply proves it. Run it inside the caller's transaction or on its own. With `onlyIfUnmatched`
 * (automatic matching) a reply that already has a letter is left as it is.
 * @throws AppError 404 `reply_not_found` / `letter_not_found`, 409 `reply_is_forwarded`.
 */
export async function matchReply(
  db: Queryable,
  replyId: string,
  letterId: string,
  actor: Actor,
  method: MatchMethod,
  options: { onlyIfUnmatched?: boolean } = {},
): Promise<{ matched: boolean; delivered: boolean }> {
  if (!isUuid(replyId)) throw notFound('reply');
  if (!isUuid(letterId)) throw notFound('letter');
  return db.transaction(async (tx) => {
    const reply = await queryRow<{ status: string; letter_id: string | null }>(
      tx,
      sql`SELECT status, letter_id FROM replies WHERE id = ${replyId} FOR UPDATE`,
    );
    if (!reply) throw notFound('reply');
    // The writer already has it: a different letter now would change whose reply it was.
    if (reply.status === 'forwarded')
      throw conflict('reply_is_forwarded', 'The reply was already forwarded.');
    // Automatic matching never overrides a volunteer who matched it meanwhile.
    if (options.onlyIfUnmatched && reply.letter_id) return { matched: false, delivered: false };
    const [letter] = await tx
      .select({ id: letters.id, refCode: letters.refCode })
      .from(letters)
      .where(eq(letters.id, letterId));
    if (!letter) throw notFound('letter');
    await tx.execute(
      sql`UPDATE replies SET letter_id = ${letterId}, updated_at = now() WHERE id = ${replyId}`,
    );
    await tx.insert(replyEvents).values({
      replyId,
      name: 'match',
      fromStatus: reply.status,
      toStatus: reply.status,
      actorType: actor.type,
      actorId: actor.id ?? null,
      data: { letterId, refCode: letter.refCode, method, previousLetterId: reply.letter_id },
    });
    return { matched: true, delivered: await proveDeliveryByReply(tx, letterId, replyId, actor) };
  });
}

/**
 * Sent letters whose reference code starts with `query`, or whose prisoner's name contains it
 * (for replies that carry no code), newest first.
 */
export async function findMatchCandidates(
  db: Queryable,
  query: string,
  limit = 20,
): Promise<LetterCandidate[]> {
  const q = query.trim();
  if (q.length < 2) return [];
  const folded = foldLookAlikes(q).replace(/\s+/g, '');
  const pattern = `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const rows = await queryRows<{
    id: string;
    ref_code: string;
    status: string;
    full_name: string;
    short_name: string | null;
    pseudonym: string;
    status_changed_at: string | Date;
  }>(
    db,
    sql`
    SELECT l.id, l.ref_code, l.status, p.full_name, f.short_name, w.pseudonym, l.status_changed_at
      FROM letters l
      JOIN prisoners p ON p.id = l.prisoner_id
      JOIN writers w ON w.id = l.writer_id
      LEFT JOIN facilities f ON f.id = l.facility_id
     WHERE l.status IN (${sql.join(
       ANSWERABLE_STATUSES.map((s) => sql`${s}`),
       sql`, `,
     )})
       AND (l.ref_code LIKE ${`${folded}%`} OR p.full_name ILIKE ${pattern} OR array_to_string(p.latin_names, ' ') ILIKE ${pattern})
     ORDER BY l.status_changed_at DESC
     LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    letterId: r.id,
    refCode: r.ref_code,
    status: r.status,
    prisonerName: r.full_name,
    facility: r.short_name,
    writerPseudonym: r.pseudonym,
    statusChangedAt: new Date(r.status_changed_at).toISOString(),
  }));
}
