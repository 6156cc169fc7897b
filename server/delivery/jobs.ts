/** Delivery's background jobs; registered in server/jobs/registry.ts. */
import { z } from 'zod';
import { defineJob } from '../jobs/definition';
import { handleCustodyChanged } from './custody';
import { openLostFollowUps } from './lost-follow-ups';
import { handlePrisonerTransferred } from './transfers';

/** The job the directory enqueues when it records a move. */
export const PRISONER_TRANSFERRED_JOB = 'prisoner-transferred';

/** prisoner-transferred: { prisonerId, fromFacilityId, toFacilityId } — hold, re-route, release. */
export const prisonerTransferredJob = defineJob({
  name: PRISONER_TRANSFERRED_JOB,
  schema: z.object({ prisonerId: z.uuid(), fromFacilityId: z.uuid().nullable(), toFacilityId: z.uuid() }),
  async handle(payload, { db, log }) {
    const result = await handlePrisonerTransferred(db, payload);
    log.info({ prisonerId: payload.prisonerId, ...result }, 'letters re-routed after a transfer');
  },
});

/** The job the directory enqueues, in the same transaction, when a person's custody status changes. */
export const PRISONER_CUSTODY_CHANGED_JOB = 'prisoner-custody-changed';

/**
 * prisoner-custody-changed: { prisonerId } — out of custody: hold the letters not yet sent out;
 * held again at a facility: resume the letters held for that reason.
 */
export const prisonerCustodyChangedJob = defineJob({
  name: PRISONER_CUSTODY_CHANGED_JOB,
  schema: z.object({ prisonerId: z.uuid() }),
  async handle(payload, { db, log }) {
    const result = await handleCustodyChanged(db, payload);
    log.info({ prisonerId: payload.prisonerId, ...result }, 'letters followed a custody change');
  },
});

/** lost-follow-ups: opens a coordinator task for each letter the sweep marked lost. */
export const lostFollowUpsJob = defineJob({
  name: 'lost-follow-ups',
  schema: z.object({}),
  maxAttempts: 1,
  async handle(_payload, { db, log }) {
    const opened = await openLostFollowUps(db);
    if (opened) log.info({ opened }, 'lost-letter follow-ups opened');
  },
});
