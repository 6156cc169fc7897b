/** purge-retained-text: the retention purge as a recurring job; it logs counts only. */
import { z } from 'zod';
import { defineJob } from '../jobs/definition';
import { purgeAllRetainedText } from './purge';

/** Erases texts past RETENTION_DAYS (see purge.ts). */
export const purgeRetainedTextJob = defineJob({
  name: 'purge-retained-text',
  schema: z.object({}),
  maxAttempts: 1,
  async handle(_payload, { db, config, log }) {
    const counts = await purgeAllRetainedText(db, config);
    if (counts.letters > 0) log.info(counts, 'retention purge');
  },
});
