/** Emails the writer the single-use link that confirms a submitted letter. */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { letters, writers } from '../../db/schema';
import { writerEmail } from '../../letters/writers';
import { confirmationMessage } from '../../mail/writer-messages';
import { decrypt } from '../../security/encryption';
import { defineJob } from '../definition';

/** send-confirmation: { letterId, tokenCiphertext }. */
export const sendConfirmationJob = defineJob({
  name: 'send-confirmation',
  schema: z.object({ letterId: z.uuid(), tokenCiphertext: z.string() }),
  async handle({ letterId, tokenCiphertext }, { db, keys, mailer, config, log }) {
    const [letter] = await db
      .select({
        writerId: letters.writerId,
        refCode: letters.refCode,
        status: letters.status,
        uiLanguage: writers.uiLanguage,
      })
      .from(letters)
      .innerJoin(writers, eq(writers.id, letters.writerId))
      .where(eq(letters.id, letterId));
    // Withdrawn or already confirmed: the email would only confuse.
    if (!letter || letter.status !== 'submitted') return;
    const email = await writerEmail(db, keys, letter.writerId);
    if (!email) return;
    const link = `${config.PUBLIC_URL}/confirm#${decrypt(keys, tokenCiphertext)}`;
    await mailer.send(confirmationMessage(email, link, letter.refCode, letter.uiLanguage));
    if (config.NODE_ENV === 'development')
      log.info({ letterId }, `confirmation link (development only): ${link}`);
  },
});
