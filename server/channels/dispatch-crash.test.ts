import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, onPostgres } from '../../test/database';
import { buildLetter } from '../../test/factories';
import { openDatabase, type Database, type DatabaseTarget } from '../db/database';
import { runMigrations } from '../db/migrate';
import { letterEvents, letters } from '../db/schema';
import { attemptsOf } from './dispatch';
import { sweepPendingDispatches, type Reconcile } from './dispatch-sweep';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A database two processes can open one after the other: PostgreSQL when configured, else PGlite on disk. */
async function sharedDatabase(): Promise<{
  target: DatabaseTarget;
  open: () => Promise<Database>;
  destroy: () => Promise<void>;
}> {
  if (onPostgres) {
    const test = await createTestDatabase();
    const target: DatabaseTarget = { kind: 'postgres', url: test.url!, poolSize: 2 };
    return { target, open: () => openDatabase(target), destroy: () => test.destroy() };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-crash-'));
  dirs.push(dataDir);
  const target: DatabaseTarget = { kind: 'pglite', dataDir };
  const database = await openDatabase(target);
  await runMigrations(database);
  await database.close();
  return { target, open: () => openDatabase(target), destroy: () => Promise.resolve() };
}

/** Runs the worker until it reports the service call, then kills it outright. */
function runAndKill(args: string[]): Promise<string> {
  const script = path.join(import.meta.dirname, 'dispatch-crash-worker.ts');
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), script, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const sent = /^sent (\S+)$/m.exec(output);
      if (sent) {
        child.kill('SIGKILL');
        child.once('exit', (_code, signal) =>
          signal === 'SIGKILL' ? resolve(sent[1]!) : reject(new Error(`exited with ${signal}`)),
        );
      }
    });
    child.once('exit', (code) => {
      if (!/^sent /m.test(output)) reject(new Error(`worker exited (${code}) before sending: ${errors}`));
    });
  });
}

describe('a dispatch worker killed between the service call and completion', () => {
  // Starts real processes and opens the database three times: allow for a busy machine.
  it(
    'is recovered by the sweep after a restart: the letter is dispatched exactly once',
    { timeout: 180_000 },
    async () => {
      const shared = await sharedDatabase();
      const ledger = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lb-ledger-')), 'orders.txt');
      dirs.push(path.dirname(ledger));
      fs.writeFileSync(ledger, '');

      let database = await shared.open();
      const letter = await buildLetter(database.db, { status: 'approved' });
      await database.close();

      const attemptId = await runAndKill([JSON.stringify(shared.target), letter.id, ledger]);

      // Restart: a new process (here, a new connection) opens the database and runs the sweep.
      database = await shared.open();
      try {
        expect((await database.db.select().from(letters).where(eq(letters.id, letter.id)))[0]!.status).toBe(
          'dispatching',
        );
        const orders = () =>
          fs
            .readFileSync(ledger, 'utf8')
            .trim()
            .split('\n')
            .map((line) => line.split(' ') as [string, string]);
        const reconcile: Reconcile = (attempt) => {
          const order = orders().find(([id]) => id === attempt.id);
          return Promise.resolve(
            order ? { sent: true, externalRef: order[1] } : { sent: false, error: 'no order' },
          );
        };
        const swept = await sweepPendingDispatches(database.db, { olderThanHours: 0, reconcile });
        expect(swept).toEqual({ completed: [attemptId], failed: [], raised: [] });
        expect(await sweepPendingDispatches(database.db, { olderThanHours: 0, reconcile })).toEqual({
          completed: [],
          failed: [],
          raised: [],
        });

        expect(orders()).toHaveLength(1);
        const attempts = await attemptsOf(database.db, letter.id);
        expect(attempts).toEqual([
          expect.objectContaining({ id: attemptId, status: 'succeeded', externalRef: orders()[0]![1] }),
        ]);
        const events = await database.db
          .select()
          .from(letterEvents)
          .where(eq(letterEvents.letterId, letter.id))
          .orderBy(letterEvents.id);
        expect(events.map((e) => e.name)).toEqual(['startDispatch', 'markDispatched']);
        expect((await database.db.select().from(letters).where(eq(letters.id, letter.id)))[0]!.status).toBe(
          'dispatched',
        );
      } finally {
        await database.close();
        await shared.destroy();
      }
    },
  );
});
