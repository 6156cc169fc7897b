/**
 * Every job type and every recurring job, in one list. A worker runs exactly these.
 */
import type { JobDefinition, RecurringJob } from './definition';
import { notifyWriterJob } from './handlers/notify-writer';
import { screenLetterJob } from './handlers/screen-letter';
import { sendConfirmationJob } from './handlers/send-confirmation';
import { purgeFinishedJobsJob, sweepStuckLettersJob } from './handlers/sweeps';
import { sendWriterDeletedJob, sendWriterLoginJob } from './handlers/writer-mail';

/** All job definitions. */
export const JOB_DEFINITIONS: readonly JobDefinition[] = [
  sendConfirmationJob,
  notifyWriterJob,
  screenLetterJob,
  sweepStuckLettersJob,
  purgeFinishedJobsJob,
  sendWriterLoginJob,
  sendWriterDeletedJob,
] as JobDefinition[];

/** Jobs enqueued on timers. */
export const RECURRING_JOBS: readonly RecurringJob[] = [
  { name: 'sweep-stuck-letters', everyMs: 15 * 60_000 },
  { name: 'purge-finished-jobs', everyMs: 6 * 3600_000 },
];
