/**
 * What volunteers do to a letter from the dashboard: save or submit a Russian translation,
 * approve, send back to the writer, reject. Each runs in one transaction that locks the letter,
 * refuses when another volunteer holds its lease, calls the named transition command (acting as
 * `{ type: 'volunteer', id }`), and frees the lease as the letter leaves the queue.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database';
import { letters, translations } from '../db/schema';
import { AppError, forbidden, notFound } from '../errors';
import type { SessionUser } from '../http/app-env';
import {
  approveLetter,
  rejectLetter,
  requestLetterChanges,
  submitLetterTranslation,
} from '../letters/commands';
import { canTranslatePair } from '../policies';
import { assertNotHeldByOther } from '../queues/lease';

const FREE_LEASE = { claimedBy: null, claimExpiresAt: null } as const;
const actor = (user: SessionUser) => ({ type: 'volunteer' as const, id: user.id });

async function latestTranslation(tx: Tx, letterId: string) {
  const [row] = await tx
    .select()
    .from(translations)
    .where(and(eq(translations.letterId, letterId), eq(translations.direction, 'to_ru')))
    .orderBy(desc(translations.updatedAt))
    .limit(1);
  return row;
}

/**
 * Saves the translator's Russian text; with `submit`, the letter moves on to review.
 * @throws AppError 403 outside the translator's pairs, 409 `item_taken` / `letter_is_<status>`.
 */
export async function saveLetterTranslation(
  db: Db,
  user: SessionUser,
  letterId: string,
  input: { text: string; submit: boolean; engine?: string },
): Promise<{ translationId: string; status: string }> {
  return db.transaction(async (tx) => {
    await assertNotHeldByOther(tx, 'letter', letterId, user.id);
    const [letter] = await tx
      .select({ language: letters.language, status: letters.status })
      .from(letters)
      .where(eq(letters.id, letterId));
    if (!letter) throw notFound('letter');
    if (!canTranslatePair(user, letter.language, 'ru'))
      throw forbidden(`You do not translate ${letter.language} → ru.`);
    if (letter.status !== 'translating')
      throw new AppError(409, `letter_is_${letter.status}`, 'This letter is not waiting for a translation.');
    const existing = await latestTranslation(tx, letterId);
    const status = input.submit ? 'submitted' : 'draft';
    const values = {
      text: input.text,
      status,
      translatorId: user.id,
      engine: input.engine ?? existing?.engine ?? null,
      updatedAt: sql`now()`,
    };
    const [saved] = existing
      ? await tx
          .update(translations)
          .set(values)
          .where(eq(translations.id, existing.id))
          .returning({ id: translations.id })
      : await tx
          .insert(translations)
          .values({
            ...values,
            letterId,
            direction: 'to_ru',
            sourceLanguage: letter.language,
            targetLanguage: 'ru',
          })
          .returning({ id: translations.id });
    if (input.submit) {
      await submitLetterTranslation(tx, letterId, actor(user), {
        patch: FREE_LEASE,
        data: { translationId: saved!.id },
      });
    }
    return { translationId: saved!.id, status };
  });
}

/** Approves the Russian text for sending. */
export async function approveLetterAsVolunteer(db: Db, user: SessionUser, letterId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await assertNotHeldByOther(tx, 'letter', letterId, user.id);
    await approveLetter(tx, letterId, actor(user), { patch: FREE_LEASE });
    const translation = await latestTranslation(tx, letterId);
    if (translation)
      await tx
        .update(translations)
        .set({ status: 'approved', updatedAt: sql`now()` })
        .where(eq(translations.id, translation.id));
  });
}

/** Sends the letter back to the writer with what to change (the reason is shown to the writer). */
export async function sendLetterBack(
  db: Db,
  user: SessionUser,
  letterId: string,
  reason: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await assertNotHeldByOther(tx, 'letter', letterId, user.id);
    await requestLetterChanges(tx, letterId, actor(user), { reason, patch: FREE_LEASE });
  });
}

/** Refuses the letter for good (the reason is shown to the writer). */
export async function rejectLetterAsVolunteer(
  db: Db,
  user: SessionUser,
  letterId: string,
  reason: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await assertNotHeldByOther(tx, 'letter', letterId, user.id);
    await rejectLetter(tx, letterId, actor(user), { reason, patch: FREE_LEASE });
  });
}
