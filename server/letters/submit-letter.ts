/**
 * A writer submits a letter: it is stored in `submitted` and a confirmation link is emailed.
 * Nothing enters the pipeline until the writer clicks it (see confirm-letter.ts).
 */
import { and, eq } from 'drizzle-orm';
import type { LetterSubmission } from '../../shared/api/writer';
import type { Db } from '../db/database';
import { accessTokens, letterEvents, letters, prisoners } from '../db/schema';
import { AppError, notFound } from '../errors';
import { enqueueJob } from '../jobs/queue';
import { normalizedContentHash } from '../screening';
import { encrypt } from '../security/encryption';
import type { SecretKeys } from '../security/keys';
import { hashToken, newToken, shortCode } from '../security/tokens';
import { assertAnswerableReply } from './in-reply-to';
import { findOrCreateWriter } from './writers';

/** How long a confirmation link stays valid. */
export const CONFIRMATION_TTL_MS = 48 * 3600_000;

/** Stores the letter and queues the confirmation email. Returns the new letter's id and reference. */
export async function submitLetter(
  db: Db,
  keys: SecretKeys,
  input: LetterSubmission,
): Promise<{ letterId: string; refCode: string; writerId: string }> {
  const [prisoner] = await db
    .select({
      id: prisoners.id,
      status: prisoners.status,
      facilityId: prisoners.facilityId,
      consent: prisoners.consentToList,
    })
    .from(prisoners)
    .where(and(eq(prisoners.id, input.prisonerId)));
  if (!prisoner || !prisoner.consent) throw notFound('prisoner');
  if (!prisoner.facilityId || !['pre_trial', 'convicted', 'in_transit'].includes(prisoner.status)) {
    throw new AppError(
      409,
      'prisoner_cannot_receive_letters',
      'This person cannot receive letters through us now.',
    );
  }

  return db.transaction(async (tx) => {
    const writer = await findOrCreateWriter(tx, keys, input);
    if (writer.blockedAt)
      throw new AppError(403, 'writer_blocked', 'Letters from this address are not accepted.');
    if (input.inReplyToReplyId) {
      await assertAnswerableReply(tx, input.inReplyToReplyId, writer.id, prisoner.id);
    }
    const refCode = `LB-${shortCode(6)}`;
    const [letter] = await tx
      .insert(letters)
      .values({
        refCode,
        writerId: writer.id,
        prisonerId: prisoner.id,
        facilityId: prisoner.facilityId,
        language: input.language,
        body: input.body,
        signature: input.signature,
        allowPublish: input.allowPublish,
        contentHash: normalizedContentHash(input.body),
        charCount: [...input.body].length,
        inReplyToReplyId: input.inReplyToReplyId ?? null,
      })
      .returning({ id: letters.id });
    await tx.insert(letterEvents).values({
      letterId: letter!.id,
      kind: 'transition',
      name: 'submit',
      fromStatus: null,
      toStatus: 'submitted',
      actorType: 'writer',
      actorId: writer.id,
    });
    const token = newToken();
    await tx.insert(accessTokens).values({
      tokenHash: hashToken(token),
      purpose: 'confirm_letter',
      writerId: writer.id,
      letterId: letter!.id,
      expiresAt: new Date(Date.now() + CONFIRMATION_TTL_MS),
    });
    // The job needs the token to build the link; it travels encrypted, the lookup table keeps a hash.
    await enqueueJob(tx, 'send-confirmation', {
      letterId: letter!.id,
      tokenCiphertext: encrypt(keys, token),
    });
    return { letterId: letter!.id, refCode, writerId: writer.id };
  });
}
