/** purge-expired-sessions: deletes ended sessions and spent or expired volunteer links. */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob } from '../jobs/definition';
import { purgeExpiredSessions } from './sessions';

/** Housekeeping for sessions and invitation/reset tokens (a stolen database then holds fewer live hashes). */
export const purgeExpiredSessionsJob = defineJob({
  name: 'purge-expired-sessions',
  schema: z.object({}),
  maxAttempts: 1,
  async handle(_payload, { db, config }) {
    await purgeExpiredSessions(db, config);
    await db.execute(sql`
      DELETE FROM access_tokens
       WHERE purpose IN ('invitation', 'password_reset') AND (used_at IS NOT NULL OR expires_at < now())`);
  },
});
