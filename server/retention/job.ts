/**
 * purge-retained-text: the retention purge as a recurring job, and the deletion of letters never
 * confirmed; it logs counts only.
 */
import { z } from 'zod';
import { defineJob } from '../jobs/definition';
import { purgeAllRetainedText } from './purge';
import { deleteUnconfirmedLetters } from './unconfirmed';

/** Erases texts past RETENTION_DAYS (see purge.ts) and letters never confirmed (unconfirmed.ts). */
export const purgeRetainedTextJob = defineJob({
  name: 'purge-retained-text',
  schema: z.object({}),
  maxAttempts: 1,
  async handle(_payload, { db, config, log }) {
    const counts = await purgeAllRetainedText(db, config);
    if (counts.letters > 0) log.info(counts, 'retention purge');
    const unconfirmed = await deleteUnconfirmedLetters(db, config);
    if (unconfirmed.letters > 0) log.info(unconfirmed, 'unconfirmed letters deleted');
  },
});
