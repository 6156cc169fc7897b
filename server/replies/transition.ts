/**
 * The one place that writes `replies.status`, through the same statement as letters
 * (server/db/status-move.ts): the conditional UPDATE, the `reply_events` row and the follow-up
 * jobs together. Two volunteers pressing the same button: PostgreSQL re-checks the condition
 * after the first commits, so exactly one wins; the other gets a 409 naming the actual state.
 */
import { sql } from 'drizzle-orm';
import { REPLY_TRANSITIONS, type ReplyStatus, type ReplyTransitionName } from '../../shared/reply-status';
import type { Queryable, Tx } from '../db/database';
import { queryRow } from '../db/rows';
import { patchAssignments, runStatusMove } from '../db/status-move';
import { AppError, conflict, notFound } from '../errors';
import type { Actor } from '../letters/actor';
import { replyFollowUpsFor } from './follow-ups';

/** Columns a reply transition may change together with the status. */
export interface ReplyPatch {
  /** The Russian text as a volunteer transcribed it. */
  transcription?: string | null;
  claimedBy?: string | null;
  claimExpiresAt?: Date | null;
}

const PATCH_COLUMNS: Record<keyof ReplyPatch, string> = {
  transcription: 'transcription',
  claimedBy: 'claimed_by',
  claimExpiresAt: 'claim_expires_at',
};

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Options of one reply transition. */
export interface ReplyTransitionOptions {
  reason?: string;
  data?: Record<string, unknown>;
  patch?: ReplyPatch;
  /** Extra work in the same transaction after the move (e.g. mark the translation approved). */
  within?: (tx: Tx, moved: ReplyTransitionResult) => Promise<void>;
}

/** What a successful reply transition reports. */
export interface ReplyTransitionResult {
  replyId: string;
  from: ReplyStatus;
  to: ReplyStatus;
  eventId: number;
}

/** True when `id` has the shape of a uuid (anything else is simply not found). */
export function isUuid(id: string): boolean {
  return UUID_PATTERN.test(id);
}

/**
 * Moves reply `replyId` by transition `name`. Only volunteers and the system move replies.
 * @throws AppError 404 `reply_not_found`, 403 `transition_not_allowed`, 409 `reply_is_<status>`.
 */
export async function transitionReply(
  db: Queryable,
  replyId: string,
  name: ReplyTransitionName,
  actor: Actor,
  options: ReplyTransitionOptions = {},
): Promise<ReplyTransitionResult> {
  const move = REPLY_TRANSITIONS[name];
  // Writers read forwarded replies; they never move one through the workbench.
  if (actor.type === 'writer') {
    throw new AppError(403, 'transition_not_allowed', `A writer cannot ${name} a reply.`);
  }
  if (!isUuid(replyId)) throw notFound('reply');
  const jobs = replyFollowUpsFor(move.to);
  return runStatusMove(
    db,
    {
      table: 'replies',
      events: { table: 'reply_events', rowColumn: 'reply_id' },
      id: replyId,
      from: move.from,
      to: move.to,
      sets: patchAssignments(options.patch, PATCH_COLUMNS),
      name,
      actor,
      reason: options.reason,
      data: options.data,
      jobs: jobs.map((job) => ({ name: job.name, payload: job.payload(replyId) })),
    },
    (moved): ReplyTransitionResult => ({
      replyId,
      from: moved.from as ReplyStatus,
      to: move.to,
      eventId: moved.eventId,
    }),
    (q) => stateConflict(q, replyId, name),
    options.within,
  );
}

async function stateConflict(db: Queryable, replyId: string, name: ReplyTransitionName): Promise<AppError> {
  const current = (
    await queryRow<{ status: ReplyStatus }>(db, sql`SELECT status FROM replies WHERE id = ${replyId}`)
  )?.status;
  if (!current) return notFound('reply');
  return conflict(`reply_is_${current}`, `The reply is ${current}, so it cannot be moved by "${name}".`);
}
