/**
 * Jobs that entering a reply status causes, enqueued by the transition in the same statement as
 * the status change: the follow-up exists exactly when the change committed.
 */
import type { ReplyStatus } from '../../shared/reply-status';

/** The job that emails a forwarded reply to its writer (see jobs.ts). */
export const FORWARD_REPLY_JOB = 'forward-reply';

/** A job to enqueue on entering a status. */
export interface ReplyFollowUp {
  name: string;
  payload: (replyId: string) => Record<string, unknown>;
}

/** Follow-up jobs per target status. */
export function replyFollowUpsFor(to: ReplyStatus): ReplyFollowUp[] {
  return to === 'forwarded' ? [{ name: FORWARD_REPLY_JOB, payload: (replyId) => ({ replyId }) }] : [];
}
