/** Tells the writer, by email, that their letter reached a status that matters to them. */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { isRecipientHoldCause, LETTER_STATUSES } from '../../../shared/letter-status';
import { latestHold } from '../../delivery/holds';
import { letters, writers } from '../../db/schema';
import { writerEmail } from '../../letters/writers';
import { statusMessage } from '../../mail/writer-messages';
import { defineJob } from '../definition';

/** notify-writer: { letterId, status }. */
export const notifyWriterJob = defineJob({
  name: 'notify-writer',
  schema: z.object({ letterId: z.uuid(), status: z.enum(LETTER_STATUSES) }),
  async handle({ letterId, status }, { db, keys, mailer, config }) {
    const [letter] = await db
      .select({ writerId: letters.writerId, refCode: letters.refCode, uiLanguage: writers.uiLanguage })
      .from(letters)
      .innerJoin(writers, eq(writers.id, letters.writerId))
      .where(eq(letters.id, letterId));
    if (!letter) return;
    const email = await writerEmail(db, keys, letter.writerId);
    // A hold because the person left custody is told as such, not as a generic pause.
    const cause = status === 'on_hold' ? (await latestHold(db, letterId))?.cause : undefined;
    const message =
      email &&
      statusMessage(
        email,
        status,
        letter.refCode,
        `${config.PUBLIC_URL}/my-letters`,
        letter.uiLanguage,
        isRecipientHoldCause(cause) ? cause : undefined,
      );
    if (message) await mailer.send(message);
  },
});
