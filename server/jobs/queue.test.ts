import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, onPostgres, type TestDatabase } from '../../test/database';
import { testKeys } from '../../test/factories';
import { loadConfig } from '../config';
import { queryRows } from '../db/rows';
import { createLogger } from '../log';
import { createMailer } from '../mail/mailer';
import { defineJob, type JobContext } from './definition';
import { claimJobs, completeJob, enqueueJob, failJob, queueCounts, retryDelayMs } from './queue';
import { startWorker } from './worker';

let database: TestDatabase;
let context: JobContext;

beforeAll(async () => {
  database = await createTestDatabase({ poolSize: 8 });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  context = {
    db: database.db,
    config,
    log: createLogger('silent'),
    keys: testKeys,
    mailer: createMailer({ from: 'x@example.org', outboxDir: '/nonexistent' }),
  };
});
afterAll(() => database.destroy());
beforeEach(() => database.db.execute(sql`DELETE FROM jobs`));

describe('the queue', () => {
  it('hands a job to one claimer only, and counts it', async () => {
    await enqueueJob(database.db, 'a', { n: 1 });
    const first = await claimJobs(database.db, 'w1', ['a'], 10, 60_000);
    const second = await claimJobs(database.db, 'w2', ['a'], 10, 60_000);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ name: 'a', payload: { n: 1 }, attempts: 1 });
    expect(second).toHaveLength(0);
    await completeJob(database.db, first[0]!, 'w1');
    expect(await queueCounts(database.db)).toEqual({ done: 1 });
  });

  it('does not enqueue a job whose transaction rolled back', async () => {
    await database.db
      .transaction(async (tx) => {
        await enqueueJob(tx, 'a', {});
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect(await queueCounts(database.db)).toEqual({});
  });

  it('retries with growing backoff, then fails for good', async () => {
    expect(retryDelayMs(1)).toBe(5_000);
    expect(retryDelayMs(2)).toBe(20_000);
    expect(retryDelayMs(20)).toBe(3_600_000);
    await enqueueJob(database.db, 'a', {}, { maxAttempts: 2 });
    const [job] = await claimJobs(database.db, 'w', ['a'], 1, 60_000);
    await failJob(database.db, job!, 'w', 'first failure');
    const [retry] = await queryRows<{ status: string; delay: number }>(
      database.db,
      sql`SELECT status, extract(epoch FROM run_at - now())::int AS delay FROM jobs`,
    );
    expect(retry).toMatchObject({ status: 'pending' });
    expect(retry!.delay).toBeGreaterThan(3);
    await database.db.execute(sql`UPDATE jobs SET run_at = now()`);
    const [again] = await claimJobs(database.db, 'w', ['a'], 1, 60_000);
    expect(again!.attempts).toBe(2);
    await failJob(database.db, again!, 'w', 'second failure');
    const [final] = await queryRows<{ status: string; last_error: string }>(
      database.db,
      sql`SELECT status, last_error FROM jobs`,
    );
    expect(final).toEqual({ status: 'failed', last_error: 'second failure' });
  });

  it('gives a job whose worker died to another worker when the lease runs out', async () => {
    await enqueueJob(database.db, 'a', {});
    const [taken] = await claimJobs(database.db, 'dead-worker', ['a'], 1, 60_000);
    expect(await claimJobs(database.db, 'w2', ['a'], 1, 60_000)).toHaveLength(0);
    await database.db.execute(sql`UPDATE jobs SET locked_until = now() - interval '1 second'`);
    const [reclaimed] = await claimJobs(database.db, 'w2', ['a'], 1, 60_000);
    expect(reclaimed).toMatchObject({ id: taken!.id, attempts: 2 });
    // The dead worker's late completion must not count.
    await completeJob(database.db, taken!, 'dead-worker');
    expect(await queueCounts(database.db)).toEqual({ running: 1 });
  });

  it('keeps one live job per singleton key', async () => {
    await enqueueJob(database.db, 'sweep', {}, { singletonKey: 'sweep' });
    await enqueueJob(database.db, 'sweep', {}, { singletonKey: 'sweep' });
    expect(await queueCounts(database.db)).toEqual({ pending: 1 });
    const [job] = await claimJobs(database.db, 'w', ['sweep'], 1, 60_000);
    await completeJob(database.db, job!, 'w');
    await enqueueJob(database.db, 'sweep', {}, { singletonKey: 'sweep' });
    expect(await queueCounts(database.db)).toEqual({ done: 1, pending: 1 });
  });

  it('leaves jobs scheduled for later alone until they are due', async () => {
    await enqueueJob(database.db, 'a', {}, { runAt: new Date(Date.now() + 3600_000) });
    expect(await claimJobs(database.db, 'w', ['a'], 1, 60_000)).toHaveLength(0);
  });
});

describe('workers', () => {
  it(`run each of many jobs exactly once across two workers (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, async () => {
    const runs = new Map<number, number>();
    const counting = defineJob({
      name: 'count',
      schema: z.object({ n: z.number() }),
      async handle({ n }) {
        runs.set(n, (runs.get(n) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 1));
      },
    });
    const total = 200;
    for (let n = 0; n < total; n++) await enqueueJob(database.db, 'count', { n });
    const workers = [1, 2].map(() =>
      startWorker({ context, definitions: [counting], concurrency: 4, pollMs: 20 }, false),
    );
    await Promise.all(workers.map((w) => w.drain()));
    expect(runs.size).toBe(total);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    expect(await queueCounts(database.db)).toEqual({ done: total });
  });

  it('records a failing handler and an invalid payload as failures', async () => {
    const failing = defineJob({
      name: 'fails',
      schema: z.object({ ok: z.boolean() }),
      handle: () => Promise.reject(new Error('handler broke')),
    });
    await enqueueJob(database.db, 'fails', { ok: true }, { maxAttempts: 1 });
    await enqueueJob(database.db, 'fails', { ok: 'not a boolean' }, { maxAttempts: 1 });
    const worker = startWorker({ context, definitions: [failing], concurrency: 2, pollMs: 20 }, false);
    await worker.drain();
    const rows = await queryRows<{ status: string; last_error: string }>(
      database.db,
      sql`SELECT status, last_error FROM jobs ORDER BY id`,
    );
    expect(rows[0]).toEqual({ status: 'failed', last_error: 'handler broke' });
    expect(rows[1]!.status).toBe('failed');
    expect(rows[1]!.last_error).toMatch(/boolean/i);
  });
});
