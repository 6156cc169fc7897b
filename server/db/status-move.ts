/**
 * The statement behind every status change of a letter or a reply, used only by the two transition
 * modules (server/letters/transition.ts, server/replies/transition.ts; a test holds them to it).
 * One SQL statement whose data-modifying CTEs make the conditional UPDATE (`… AND status IN
 * (from)`, the row locked so the old status can be read back), the event row and the follow-up
 * jobs together: atomic on its own, and one round trip. Two concurrent callers: PostgreSQL
 * re-checks the condition after the first commits, so exactly one matches; the other finds no row.
 */
import { sql, type SQL } from 'drizzle-orm';
import { jobSignals } from '../jobs/queue';
import type { Queryable, Tx } from './database';
import { queryRow } from './rows';

/** A follow-up job queued with the move. */
export interface MoveJob {
  name: string;
  payload: unknown;
}

/** One status move of one row. */
export interface StatusMove {
  /** The table whose `status` changes, and its event table with the column naming the row. */
  table: 'letters' | 'replies';
  events: { table: 'letter_events' | 'reply_events'; rowColumn: 'letter_id' | 'reply_id'; kind?: string };
  id: string;
  from: readonly string[];
  to: string;
  /** Assignments made together with the status (the status and its timestamps come first). */
  sets: readonly SQL[];
  /** The transition's name, written on the event. */
  name: string;
  actor: { type: string; id?: string | null };
  reason?: string | undefined;
  data?: Record<string, unknown> | undefined;
  jobs: readonly MoveJob[];
}

/** What a move reports: the status the row left and its event's id. */
export interface MovedRow {
  from: string;
  eventId: number;
}

/** Assignments for the columns of `patch` that are set, through `columns` (key → column name). */
export function patchAssignments<P extends object>(
  patch: P | undefined,
  columns: Record<keyof P, string>,
): SQL[] {
  if (!patch) return [];
  return (Object.keys(patch) as (keyof P)[])
    .filter((key) => patch[key] !== undefined)
    .map((key) => {
      const value = patch[key];
      const param = value instanceof Date ? value.toISOString() : value;
      return sql`${sql.identifier(columns[key])} = ${param}`;
    });
}

function moveStatement(move: StatusMove): SQL {
  const table = sql.identifier(move.table);
  const sets = [
    sql`status = ${move.to}`,
    sql`status_changed_at = now()`,
    sql`updated_at = now()`,
    ...move.sets,
  ];
  const kindColumn = move.events.kind === undefined ? sql`` : sql`kind, `;
  const kindValue = move.events.kind === undefined ? sql`` : sql`${move.events.kind}, `;
  const jobValues = move.jobs.map((job) => sql`(${job.name}, ${JSON.stringify(job.payload)}::jsonb)`);
  return sql`
    WITH old AS (
      SELECT id, status FROM ${table}
       WHERE id = ${move.id} AND status IN (${sql.join(
         move.from.map((s) => sql`${s}`),
         sql`, `,
       )})
         FOR UPDATE
    ), moved AS (
      UPDATE ${table} SET ${sql.join(sets, sql`, `)}
        FROM old WHERE ${table}.id = old.id
      RETURNING ${table}.id, old.status AS from_status
    ), event AS (
      INSERT INTO ${sql.identifier(move.events.table)}
             (${sql.identifier(move.events.rowColumn)}, ${kindColumn}name, from_status, to_status,
              actor_type, actor_id, reason, data)
      SELECT id, ${kindValue}${move.name}, from_status, ${move.to}, ${move.actor.type}, ${move.actor.id ?? null},
             ${move.reason ?? null}, ${move.data ? JSON.stringify(move.data) : null}::jsonb
        FROM moved
      RETURNING id
    )${
      jobValues.length
        ? sql`, queued AS (
      INSERT INTO jobs (name, payload)
      SELECT v.name, v.payload FROM moved, (VALUES ${sql.join(jobValues, sql`, `)}) AS v(name, payload)
    )`
        : sql``
    }
    SELECT moved.from_status, (SELECT id FROM event) AS event_id FROM moved`;
}

/**
 * Runs `move`; with `within`, in a transaction together with that extra work. Returns undefined
 * when the row is not in one of the from-states (or does not exist): the caller words the 404/409.
 */
export async function runStatusMove<R>(
  db: Queryable,
  move: StatusMove,
  report: (moved: MovedRow) => R,
  onMissing: (q: Queryable) => Promise<Error>,
  within?: (tx: Tx, result: R) => Promise<void>,
): Promise<R> {
  const statement = moveStatement(move);
  const run = async (q: Queryable): Promise<R> => {
    const row = await queryRow<{ from_status: string; event_id: number | string }>(q, statement);
    if (!row) throw await onMissing(q);
    return report({ from: row.from_status, eventId: Number(row.event_id) });
  };
  const result = within
    ? await db.transaction(async (tx) => {
        const moved = await run(tx);
        await within(tx, moved);
        return moved;
      })
    : await run(db);
  if (move.jobs.length) setImmediate(() => jobSignals.emit('enqueued'));
  return result;
}
