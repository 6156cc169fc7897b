/** Emails of the writer's own account: the sign-in link to "My letters", and the goodbye after deletion. */
import { z } from 'zod';
import { writerEmail } from '../../letters/writers';
import { deletedMessage, loginMessage } from '../../mail/writer-messages';
import { decrypt } from '../../security/encryption';
import { defineJob } from '../definition';

/** send-writer-login: { writerId, tokenCiphertext, uiLanguage }. */
export const sendWriterLoginJob = defineJob({
  name: 'send-writer-login',
  schema: z.object({ writerId: z.uuid(), tokenCiphertext: z.string(), uiLanguage: z.string() }),
  async handle({ writerId, tokenCiphertext, uiLanguage }, { db, keys, mailer, config, log }) {
    const email = await writerEmail(db, keys, writerId);
    // Deleted meanwhile: the address is gone, and so is the reason to sign in.
    if (!email) return;
    const link = `${config.PUBLIC_URL}/my-letters/sign-in#${decrypt(keys, tokenCiphertext)}`;
    await mailer.send(loginMessage(email, link, uiLanguage));
    if (config.NODE_ENV === 'development') log.info({ writerId }, `sign-in link (development only): ${link}`);
  },
});

/**
 * send-writer-deleted: { emailCiphertext, uiLanguage }. The address travels encrypted in the
 * payload because the writer row no longer has it; finished jobs are purged within a day.
 */
export const sendWriterDeletedJob = defineJob({
  name: 'send-writer-deleted',
  schema: z.object({ emailCiphertext: z.string(), uiLanguage: z.string() }),
  async handle({ emailCiphertext, uiLanguage }, { keys, mailer }) {
    await mailer.send(deletedMessage(decrypt(keys, emailCiphertext), uiLanguage));
  },
});
