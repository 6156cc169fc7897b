/** The dispatch sweep as a recurring job; registered in server/jobs/registry.ts. */
import { z } from 'zod';
import { sweepPendingDispatches } from '../channels/dispatch-sweep';
import { defineJob } from '../jobs/definition';

/** The job's name (also the actor the sweep records on its alerts). */
export const SWEEP_PENDING_DISPATCHES_JOB = 'sweep-pending-dispatches';

/**
 * sweep-pending-dispatches: dispatch attempts pending for more than STUCK_DISPATCHING_HOURS (a
 * writer's self-post: SELF_POST_DAYS) are raised once each (an alert on the letter) for a dispatcher to check on the service; nothing is
 * ever resent by the sweep. Logs counts only.
 */
export const sweepPendingDispatchesJob = defineJob({
  name: SWEEP_PENDING_DISPATCHES_JOB,
  schema: z.object({}),
  maxAttempts: 1,
  async handle(_payload, { db, config, log }) {
    const result = await sweepPendingDispatches(db, {
      olderThanHours: config.STUCK_DISPATCHING_HOURS,
      selfPostOlderThanHours: config.SELF_POST_DAYS * 24,
    });
    const counts = {
      completed: result.completed.length,
      failed: result.failed.length,
      raised: result.raised.length,
    };
    if (counts.completed || counts.failed || counts.raised) log.info(counts, 'pending dispatches swept');
  },
});
