/**
 * Volunteer side benchmarks, each against a baseline measured in the same run:
 *  - sign-in cost: argon2id verification (what every login pays) vs one SHA-256 of the same
 *    password, and a whole POST /api/auth/login (argon2id + TOTP + session) for context;
 *  - authenticated queue listing (session lookup, policy, a page of 50 of 10,000 letters waiting
 *    for review, with pseudonyms and lease holders) and the home's queue counts, in requests/s,
 *    vs the unauthenticated health route — in-process `app.request`, so HTTP parsing is excluded
 *    and the figures compare the application's own work.
 * PostgreSQL only (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test): a scratch
 * database is created, migrated, filled and dropped.
 */
import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../shared/csrf';
import { hashPassword, verifyPassword } from '../server/auth/passwords';
import { currentTotp } from '../server/auth/totp';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/database';
import { runMigrations } from '../server/db/migrate';
import { letters, users } from '../server/db/schema';
import { createApp } from '../server/http/app';
import { createLogger } from '../server/log';
import { runtimeFor } from '../server/runtime';
import { withDatabase } from '../test/postgres-template';
import { buildPrisoner, buildWriter, testKeys } from '../test/factories';
import { buildVolunteer, volunteerCookie } from '../test/volunteers';
import { median, printRows, type BenchRow } from './report';

const SERVER_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

async function onServer(sqlText: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sqlText);
  } finally {
    await client.end();
  }
}

/** Median milliseconds of `runs` sequential calls of `fn`. */
async function latency(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Requests per second of `request` with `concurrency` callers for `seconds`. */
async function rate(
  seconds: number,
  concurrency: number,
  request: () => Response | Promise<Response>,
): Promise<number> {
  let done = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const res = await request();
        if (!res.ok) throw new Error(`benchmark request failed with ${res.status}`);
        await res.arrayBuffer();
        done++;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

async function seedQueue(db: Parameters<typeof buildPrisoner>[0], count: number): Promise<void> {
  const prisoner = await buildPrisoner(db);
  const writer = await buildWriter(db);
  const now = Date.now();
  for (let start = 0; start < count; start += 1000) {
    await db.insert(letters).values(
      Array.from({ length: Math.min(1000, count - start) }, (_, i) => ({
        refCode: `LB-Q${start + i}-${randomBytes(3).toString('hex')}`,
        writerId: writer.id,
        prisonerId: prisoner.id,
        status: 'reviewing' as const,
        language: 'en',
        body: 'A letter waiting for review in the benchmark queue.',
        contentHash: randomBytes(16).toString('hex'),
        charCount: 52,
        statusChangedAt: new Date(now - (count - start - i) * 1000),
      })),
    );
  }
}

/** Runs the benchmark; returns its rows. */
export async function runAuthBench(
  options: { queueSize?: number; seconds?: number; concurrency?: number } = {},
): Promise<BenchRow[]> {
  const { queueSize = 10_000, seconds = 5, concurrency = 8 } = options;
  const name = `lb_auth_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = withDatabase(SERVER_URL, name);
  const database = await openDatabase({ kind: 'postgres', url, poolSize: concurrency });
  try {
    await runMigrations(database, url);
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: url,
      DATA_DIR: `/tmp/${name}`,
      LOG_LEVEL: 'silent',
    });
    const app = createApp(runtimeFor(database, config, createLogger('silent'), testKeys));
    const { db } = database;
    const rows: BenchRow[] = [];

    // Sign-in: argon2id against SHA-256 of the same password.
    const password = 'correct horse battery staple';
    const stored = await hashPassword(password);
    const argon = await latency(30, () => verifyPassword(stored, password));
    const sha = await latency(2000, () => createHash('sha256').update(password).digest('hex'));
    rows.push({
      name: 'login: argon2id verify (19 MiB, t=2); baseline one SHA-256',
      value: argon,
      unit: 'ms',
      baseline: sha,
      ratio: argon / sha,
    });

    const volunteer = await buildVolunteer(db, { roles: ['moderator'] });
    const login = () =>
      app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CSRF_HEADER]: CSRF_HEADER_VALUE },
        body: JSON.stringify({
          email: volunteer.email,
          password: volunteer.password,
          code: currentTotp(volunteer.totpSecret),
        }),
      });
    const logins: number[] = [];
    // Eight: the per-email sign-in limit (10 per 15 minutes) stays untouched.
    for (let i = 0; i < 8; i++) {
      // Each code is accepted once: forget the last step (untimed) before every sign-in.
      await db.update(users).set({ totpLastStep: null }).where(eq(users.id, volunteer.id));
      const started = performance.now();
      const res = await login();
      if (res.status !== 200) throw new Error(`login failed with ${res.status}`);
      logins.push(performance.now() - started);
    }
    rows.push({
      name: 'login: POST /api/auth/login (argon2id + TOTP + session); baseline one SHA-256',
      value: median(logins),
      unit: 'ms',
      baseline: sha,
      ratio: median(logins) / sha,
    });

    // Authenticated listing of a 10,000-letter queue vs the unauthenticated health route.
    await seedQueue(db, queueSize);
    await database.exec('ANALYZE');
    const cookie = await volunteerCookie(db, config, volunteer.id);
    const health = () => app.request('/api/health');
    const listing = () =>
      app.request('/api/volunteer/queues/letters.review?limit=50', { headers: { cookie } });
    const summary = () => app.request('/api/volunteer/queues', { headers: { cookie } });
    const first = (await (await listing()).json()) as { total: number };
    if (first.total !== queueSize)
      throw new Error(`expected ${queueSize} letters in the queue, found ${first.total}`);
    await rate(1, concurrency, listing); // warm-up
    const healthRate = await rate(seconds, concurrency, health);
    const listingRate = await rate(seconds, concurrency, listing);
    const summaryRate = await rate(seconds, concurrency, summary);
    rows.push({
      name: `queue page (50 of ${queueSize.toLocaleString('en')}), signed in`,
      value: listingRate,
      unit: 'req/s',
      baseline: healthRate,
      ratio: listingRate / healthRate,
    });
    rows.push({
      name: `queue counts (home, ${queueSize.toLocaleString('en')} waiting), signed in`,
      value: summaryRate,
      unit: 'req/s',
      baseline: healthRate,
      ratio: summaryRate / healthRate,
    });
    rows.push({ name: 'health (no session), the baseline', value: healthRate, unit: 'req/s' });
    return rows;
  } finally {
    await database.close();
    await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printRows('Volunteer accounts and queues (PostgreSQL)', await runAuthBench());
}
