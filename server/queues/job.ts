/** release-expired-claims: tidies leases that ran out (items were already free to take). */
import { z } from 'zod';
import { defineJob } from '../jobs/definition';
import { releaseExpiredClaims } from './lease';

/** Clears `claimed_by` on items whose lease ended, so listings stop naming the old holder. */
export const releaseExpiredClaimsJob = defineJob({
  name: 'release-expired-claims',
  schema: z.object({}),
  maxAttempts: 1,
  async handle(_payload, { db, log }) {
    const released = await releaseExpiredClaims(db);
    if (released.letters + released.replies > 0) log.info(released, 'expired leases released');
  },
});
