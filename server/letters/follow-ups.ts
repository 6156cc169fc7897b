/**
 * Jobs that entering a status causes. The transition executor enqueues them in the same
 * transaction as the status change, so each follow-up exists exactly when the change committed.
 */
import type { LetterStatus } from '../../shared/letter-status';

/** Events the writer is told about by email (see the notify-writer job). */
export const WRITER_NOTIFIED_STATUSES: readonly LetterStatus[] = [
  'screening',
  'changes_requested',
  'rejected',
  'dispatched',
  'delivered',
  'returned',
  'lost',
  'on_hold',
];

/** A job to enqueue on entering a status. */
export interface FollowUp {
  name: string;
  payload: (letterId: string, to: LetterStatus) => Record<string, unknown>;
}

/** Follow-up jobs per target status. */
export function followUpsFor(to: LetterStatus): FollowUp[] {
  const jobs: FollowUp[] = [];
  if (to === 'screening') jobs.push({ name: 'screen-letter', payload: (letterId) => ({ letterId }) });
  if (to === 'reviewing') jobs.push({ name: 'screen-translation', payload: (letterId) => ({ letterId }) });
  if (WRITER_NOTIFIED_STATUSES.includes(to)) {
    jobs.push({ name: 'notify-writer', payload: (letterId, status) => ({ letterId, status }) });
  }
  return jobs;
}
