/**
 * Runs after the writer confirms: screens the source text, stores the result with the letter, and
 * moves the letter on — straight to review for Russian letters, to a translator otherwise.
 * A moderator sees every flag at review; blocking flags do not stop the letter here, because the
 * decision (and the kind explanation to the writer) belongs to a person.
 * A letter confirmed or resubmitted after its recipient left custody does not enter the
 * volunteers' queues: it is held with the recipient cause (server/delivery/custody.ts), and is
 * screened when the person is held again and it returns to screening.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { letters } from '../../db/schema';
import { holdIfRecipientLeftCustody } from '../../delivery/custody';
import { systemActor } from '../../letters/actor';
import { sendLetterToTranslation, skipLetterTranslation } from '../../letters/commands';
import { screenAndStore } from '../../letters/store-screening';
import { defineJob } from '../definition';

/** screen-letter: { letterId }. */
export const screenLetterJob = defineJob({
  name: 'screen-letter',
  schema: z.object({ letterId: z.uuid() }),
  async handle({ letterId }, { db }) {
    const [letter] = await db
      .select({ status: letters.status, language: letters.language })
      .from(letters)
      .where(eq(letters.id, letterId));
    if (!letter || letter.status !== 'screening') return;
    const actor = systemActor('screen-letter');
    // Stored and moved in one transaction: a retry after a crash neither loses nor doubles the record.
    await db.transaction(async (tx) => {
      if (await holdIfRecipientLeftCustody(tx, letterId)) return;
      await screenAndStore(tx, letterId, 'source');
      if (letter.language === 'ru')
        await skipLetterTranslation(tx, letterId, actor, { onlyFrom: ['screening'] });
      else await sendLetterToTranslation(tx, letterId, actor, { onlyFrom: ['screening'] });
    });
  },
});

/** screen-translation: { letterId } — the Russian text the censor will read, when the letter reaches review. */
export const screenTranslationJob = defineJob({
  name: 'screen-translation',
  schema: z.object({ letterId: z.uuid() }),
  async handle({ letterId }, { db }) {
    const [letter] = await db
      .select({ status: letters.status })
      .from(letters)
      .where(eq(letters.id, letterId));
    if (letter?.status !== 'reviewing') return;
    await screenAndStore(db, letterId, 'translation');
  },
});
