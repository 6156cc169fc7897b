/**
 * The one place that writes `replies.status`, built like `server/letters/transition.ts`: a single
 * SQL statement whose data-modifying CTEs make the conditional UPDATE (`… AND status IN (from)`,
 * the row locked so the old status can be read back), the `reply_events` row and the follow-up
 * jobs together. Two volunteers pressing the same button: PostgreSQL re-checks the condition
 * after the first commits, so exactly one wins; the other gets a 409 naming the actual state.
 */
import { sql, type SQL } from 'drizzle-orm';
import { REPLY_TRANSITIONS, type ReplyStatus, type ReplyTransitionName } from '../../shared/reply-status';
import type { Queryable, Tx } from '../db/database';
import { queryRow } from '../db/rows';
import { AppError, conflict, notFound } from '../errors';
import { jobSignals } from '../jobs/queue';
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

function patchAssignments(patch: ReplyPatch | undefined): SQL[] {
  if (!patch) return [];
  return (Object.keys(patch) as (keyof ReplyPatch)[])
    .filter((key) => patch[key] !== undefined)
    .map((key) => {
      const value = patch[key];
      const param = value instanceof Date ? value.toISOString() : value;
      return sql`${sql.identifier(PATCH_COLUMNS[key])} = ${param}`;
    });
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
  const sets = [
    sql`status = ${move.to}`,
    sql`status_changed_at = now()`,
    sql`updated_at = now()`,
    ...patchAssignments(options.patch),
  ];
  const jobs = replyFollowUpsFor(move.to);
  const jobValues = jobs.map((job) => sql`(${job.name}, ${JSON.stringify(job.payload(replyId))}::jsonb)`);
  const statement = sql`
    WITH old AS (
      SELECT id, status FROM replies
       WHERE id = ${replyId} AND status IN (${sql.join(
         move.from.map((s) => sql`${s}`),
         sql`, `,
       )})
         FOR UPDATE
    ), moved AS (
      UPDATE replies SET ${sql.join(sets, sql`, `)}
        FROM old WHERE replies.id = old.id
      RETURNING replies.id, old.status AS from_status
    ), event AS (
      INSERT INTO reply_events (reply_id, name, from_status, to_status, actor_type, actor_id, reason, data)
      SELECT id, ${name}, from_status, ${move.to}, ${actor.type}, ${actor.id ?? null},
             ${options.reason ?? null}, ${options.data ? JSON.stringify(options.data) : null}::jsonb
        FROM moved
      RETURNING id
    )${
      jobs.length
        ? sql`, queued AS (
      INSERT INTO jobs (name, payload)
      SELECT v.name, v.payload FROM moved, (VALUES ${sql.join(jobValues, sql`, `)}) AS v(name, payload)
    )`
        : sql``
    }
    SELECT moved.from_status, (SELECT id FROM event) AS event_id FROM moved`;

  const run = async (q: Queryable): Promise<ReplyTransitionResult> => {
    const row = await queryRow<{ from_status: ReplyStatus; event_id: number | string }>(q, statement);
    if (!row) throw await stateConflict(q, replyId, name);
    return { replyId, from: row.from_status, to: move.to, eventId: Number(row.event_id) };
  };

  const result = options.within
    ? await db.transaction(async (tx) => {
        const moved = await run(tx);
        await options.within!(tx, moved);
        return moved;
      })
    : await run(db);
  if (jobs.length) setImmediate(() => jobSignals.emit('enqueued'));
  return result;
}

async function stateConflict(db: Queryable, replyId: string, name: ReplyTransitionName): Promise<AppError> {
  const current = (
    await queryRow<{ status: ReplyStatus }>(db, sql`SELECT status FROM replies WHERE id = ${replyId}`)
  )?.status;
  if (!current) return notFound('reply');
  return conflict(`reply_is_${current}`, `The reply is ${current}, so it cannot be moved by "${name}".`);
}
