/**
 * The one place that writes `letters.status` (the statement itself is built by
 * server/db/status-move.ts, shared with replies). A transition is a single SQL statement: a
 * conditional UPDATE (`… AND status IN (allowed from-states)`, the row locked so the old status can
 * be read back), its event row and its follow-up jobs, written together by data-modifying CTEs —
 * atomic on its own, and one round trip. Two concurrent callers: PostgreSQL re-checks the
 * condition after the first commits, so exactly one matches; the other gets a 409 whose code
 * names the state the letter is actually in.
 */
import { sql } from 'drizzle-orm';
import { LETTER_TRANSITIONS, type LetterStatus, type LetterTransitionName } from '../../shared/letter-status';
import type { Queryable, Tx } from '../db/database';
import { queryRow } from '../db/rows';
import { patchAssignments, runStatusMove } from '../db/status-move';
import { AppError, conflict, notFound } from '../errors';
import type { Actor } from './actor';
import { followUpsFor } from './follow-ups';

/** Columns a transition may change together with the status (snake_case names as in the table). */
export interface LetterPatch {
  facilityId?: string | null;
  channel?: string | null;
  body?: string | null;
  charCount?: number;
  contentHash?: string;
  language?: string;
  signature?: string;
  claimedBy?: string | null;
  claimExpiresAt?: Date | null;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PATCH_COLUMNS: Record<keyof LetterPatch, string> = {
  facilityId: 'facility_id',
  channel: 'channel',
  body: 'body',
  charCount: 'char_count',
  contentHash: 'content_hash',
  language: 'language',
  signature: 'signature',
  claimedBy: 'claimed_by',
  claimExpiresAt: 'claim_expires_at',
};

/** Options of one transition. */
export interface TransitionOptions {
  reason?: string;
  data?: Record<string, unknown>;
  patch?: LetterPatch;
  /** Restrict the from-states further (a command that only makes sense from some of them). */
  onlyFrom?: readonly LetterStatus[];
  /** Extra work in the same transaction after the move (e.g. write a dispatch attempt row). */
  within?: (tx: Tx, moved: TransitionResult) => Promise<void>;
}

/** What a successful transition reports. */
export interface TransitionResult {
  letterId: string;
  from: LetterStatus;
  to: LetterStatus;
  eventId: number;
}

/**
 * Moves letter `letterId` by transition `name`.
 * @throws AppError 404 `letter_not_found`, 403 `transition_not_allowed`, 409 `letter_is_<status>`.
 */
export async function transitionLetter(
  db: Queryable,
  letterId: string,
  name: LetterTransitionName,
  actor: Actor,
  options: TransitionOptions = {},
): Promise<TransitionResult> {
  const move = LETTER_TRANSITIONS[name];
  if (!(move.actors as readonly string[]).includes(actor.type)) {
    throw new AppError(403, 'transition_not_allowed', `A ${actor.type} cannot ${name} a letter.`);
  }
  // A malformed id would make PostgreSQL raise a cast error; to the caller it is simply not found.
  if (!UUID_PATTERN.test(letterId)) throw notFound('letter');
  const from = (move.from as readonly LetterStatus[]).filter(
    (s) => !options.onlyFrom || options.onlyFrom.includes(s),
  );
  const jobs = followUpsFor(move.to);
  return runStatusMove(
    db,
    {
      table: 'letters',
      events: { table: 'letter_events', rowColumn: 'letter_id', kind: 'transition' },
      id: letterId,
      from,
      to: move.to,
      sets: [sql`stuck_since = NULL`, ...patchAssignments(options.patch, PATCH_COLUMNS)],
      name,
      actor,
      reason: options.reason,
      data: options.data,
      jobs: jobs.map((job) => ({ name: job.name, payload: job.payload(letterId, move.to) })),
    },
    (moved): TransitionResult => ({
      letterId,
      from: moved.from as LetterStatus,
      to: move.to,
      eventId: moved.eventId,
    }),
    (q) => stateConflict(q, letterId, name),
    options.within,
  );
}

async function stateConflict(db: Queryable, letterId: string, name: LetterTransitionName): Promise<AppError> {
  const current = (
    await queryRow<{ status: LetterStatus }>(db, sql`SELECT status FROM letters WHERE id = ${letterId}`)
  )?.status;
  if (!current) return notFound('letter');
  return conflict(
    `letter_is_${current}`,
    `The letter is ${current.replace('_', ' ')}, so it cannot be moved by "${name}".`,
  );
}
