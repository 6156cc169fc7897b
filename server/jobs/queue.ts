/**
 * A job queue in the application's own database. Jobs are inserted with the same transaction
 * handle as the state change that causes them, so a crash can neither lose follow-up work nor
 * create it for a change that rolled back. Workers claim jobs with `FOR UPDATE SKIP LOCKED`, so
 * any number of worker processes can share one PostgreSQL database.
 *
 * Life cycle: pending → running (leased) → done | pending again (retry with backoff) | failed.
 * A running job whose lease expired (its worker died) is claimed again: handlers are idempotent.
 */
import { EventEmitter } from 'node:events';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { queryRows } from '../db/rows';

/** Options for one enqueued job. */
export interface EnqueueOptions {
  /** Run no earlier than this. */
  runAt?: Date;
  /** At most one pending or running job with this key; a second enqueue is a no-op. */
  singletonKey?: string;
  /** Tries before the job is marked failed. Default 5. */
  maxAttempts?: number;
}

/** A claimed job as the worker sees it. */
export interface ClaimedJob {
  id: number;
  name: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

/** Emits 'enqueued' so an in-process worker can wake without waiting for its next poll. */
export const jobSignals = new EventEmitter();

/**
 * Adds a job. Pass the transaction of the change that causes it.
 * @example await enqueueJob(tx, 'notify-writer', { letterId, event: 'confirmed' });
 */
export async function enqueueJob(
  tx: Queryable,
  name: string,
  payload: unknown,
  options: EnqueueOptions = {},
): Promise<void> {
  const runAt = options.runAt ?? null;
  await tx.execute(sql`
    INSERT INTO jobs (name, payload, run_at, singleton_key, max_attempts)
    VALUES (${name}, ${JSON.stringify(payload)}::jsonb, coalesce(${runAt?.toISOString() ?? null}::timestamptz, now()),
            ${options.singletonKey ?? null}, ${options.maxAttempts ?? 5})
    ON CONFLICT (singleton_key) WHERE status IN ('pending', 'running') DO NOTHING`);
  // Only a hint: the job is visible once the caller's transaction commits, and polling covers the rest.
  setImmediate(() => jobSignals.emit('enqueued'));
}

interface JobRow {
  id: number | string;
  name: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

/** Claims up to `limit` due jobs with the given names for `workerId`, leasing them for `leaseMs`. */
export async function claimJobs(
  db: Queryable,
  workerId: string,
  names: readonly string[],
  limit: number,
  leaseMs: number,
): Promise<ClaimedJob[]> {
  if (names.length === 0 || limit <= 0) return [];
  const rows = await queryRows<JobRow>(
    db,
    sql`
    UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = ${workerId},
           locked_until = now() + ${leaseMs} * interval '1 millisecond'
     WHERE id IN (
       SELECT id FROM jobs
        WHERE name IN (${sql.join(
          names.map((n) => sql`${n}`),
          sql`, `,
        )})
          AND ((status = 'pending' AND run_at <= now()) OR (status = 'running' AND locked_until < now()))
        ORDER BY run_at, id
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, name, payload, attempts, max_attempts`,
  );
  return rows.map((row) => ({
    id: Number(row.id),
    name: row.name,
    payload: row.payload,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
  }));
}

/** Marks a job done, if this worker still holds it. */
export async function completeJob(db: Queryable, job: ClaimedJob, workerId: string): Promise<void> {
  await db.execute(sql`
    UPDATE jobs SET status = 'done', finished_at = now(), locked_until = NULL, last_error = NULL
     WHERE id = ${job.id} AND locked_by = ${workerId} AND status = 'running'`);
}

/** Exponential backoff: 5 s, 20 s, 80 s, … capped at one hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(3_600_000, 5_000 * 4 ** Math.max(0, attempts - 1));
}

/** Records a failure: back to pending after a backoff, or failed for good after the last attempt. */
export async function failJob(
  db: Queryable,
  job: ClaimedJob,
  workerId: string,
  error: string,
): Promise<void> {
  const final = job.attempts >= job.maxAttempts;
  const delay = retryDelayMs(job.attempts);
  await db.execute(sql`
    UPDATE jobs SET status = ${final ? 'failed' : 'pending'},
           run_at = now() + ${delay} * interval '1 millisecond',
           finished_at = ${final ? sql`now()` : sql`NULL`},
           locked_until = NULL, last_error = ${error.slice(0, 2000)}
     WHERE id = ${job.id} AND locked_by = ${workerId} AND status = 'running'`);
}

/** Counts per status, for health checks and the dashboard. */
export async function queueCounts(db: Queryable): Promise<Record<string, number>> {
  const rows = await queryRows<{ status: string; n: number }>(
    db,
    sql`SELECT status, count(*)::int AS n FROM jobs GROUP BY status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
