/**
 * Every job type and every recurring job, in one list. A worker runs exactly these.
 */
import type { JobDefinition, RecurringJob } from './definition';
import { notifyWriterJob } from './handlers/notify-writer';
import { screenLetterJob, screenTranslationJob } from './handlers/screen-letter';
import { sendConfirmationJob } from './handlers/send-confirmation';
import { purgeFinishedJobsJob, sweepStuckLettersJob } from './handlers/sweeps';
import { purgeExpiredSessionsJob } from '../auth/job';
import { releaseExpiredClaimsJob } from '../queues/job';
import { purgeRetainedTextJob } from '../retention/job';
import { sendWriterDeletedJob, sendWriterLoginJob } from './handlers/writer-mail';
import { lostFollowUpsJob, prisonerCustodyChangedJob, prisonerTransferredJob } from '../delivery/jobs';
import { forwardReplyJob, ocrReplyJob, purgeRepliesJob } from '../replies/jobs';
import { sweepPendingDispatchesJob } from '../dispatch-console/job';

/** All job definitions. */
export const JOB_DEFINITIONS: readonly JobDefinition[] = [
  sendConfirmationJob,
  notifyWriterJob,
  screenLetterJob,
  screenTranslationJob,
  sweepStuckLettersJob,
  purgeFinishedJobsJob,
  purgeRetainedTextJob,
  releaseExpiredClaimsJob,
  purgeExpiredSessionsJob,
  sendWriterLoginJob,
  sendWriterDeletedJob,
  ocrReplyJob,
  forwardReplyJob,
  purgeRepliesJob,
  prisonerTransferredJob,
  prisonerCustodyChangedJob,
  lostFollowUpsJob,
  sweepPendingDispatchesJob,
] as JobDefinition[];

/** Jobs enqueued on timers. */
export const RECURRING_JOBS: readonly RecurringJob[] = [
  { name: 'sweep-stuck-letters', everyMs: 15 * 60_000 },
  { name: 'purge-finished-jobs', everyMs: 6 * 3600_000 },
  { name: 'purge-retained-text', everyMs: 6 * 3600_000 },
  { name: 'release-expired-claims', everyMs: 60_000 },
  { name: 'purge-expired-sessions', everyMs: 3600_000 },
  { name: 'lost-follow-ups', everyMs: 15 * 60_000 },
  { name: 'purge-replies', everyMs: 24 * 3600_000 },
  { name: 'sweep-pending-dispatches', everyMs: 30 * 60_000 },
];
