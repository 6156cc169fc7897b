/** Recurring housekeeping: stuck letters, finished jobs. */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { sweepStuckLetters } from '../../letters/sweep-stuck-letters';
import { defineJob } from '../definition';

/** sweep-stuck-letters: raises letters waiting too long; logs counts only. */
export const sweepStuckLettersJob = defineJob({
  name: 'sweep-stuck-letters',
  schema: z.object({}),
  maxAttempts: 1,
  async handle(_payload, { db, config, log }) {
    const result = await sweepStuckLetters(db, config);
    if (result.raised || result.lost) log.info(result, 'stuck letters swept');
  },
});

/** purge-finished-jobs: done jobs older than a day are deleted (their payloads may carry ids). */
export const purgeFinishedJobsJob = defineJob({
  name: 'purge-finished-jobs',
  schema: z.object({}),
  maxAttempts: 1,
  async handle(_payload, { db }) {
    await db.execute(sql`DELETE FROM jobs WHERE status = 'done' AND finished_at < now() - interval '1 day'`);
  },
});
