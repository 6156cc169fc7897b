/**
 * Moves N letters through the whole state machine (every transition with its event row and
 * follow-up jobs) and compares transitions/s with plain single-row UPDATEs of the same letters,
 * measured in the same run, on PGlite and on PostgreSQL.
 */
import { sql } from 'drizzle-orm';
import type { LetterTransitionName } from '../shared/letter-status';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { buildPrisoner, buildWriter } from '../test/factories';
import { letters } from '../server/db/schema';
import { transitionLetter } from '../server/letters/transition';
import { normalizedContentHash } from '../server/screening';
import { median, printRows, type BenchRow } from './report';

const PATH: LetterTransitionName[] = [
  'confirm',
  'sendToTranslation',
  'submitTranslation',
  'approve',
  'startDispatch',
  'markDispatched',
  'markDelivered',
];
const ACTOR = { confirm: 'writer' } as Partial<Record<LetterTransitionName, 'writer'>>;

async function seedLetters(database: TestDatabase, count: number): Promise<string[]> {
  const prisoner = await buildPrisoner(database.db);
  const writer = await buildWriter(database.db);
  const ids: string[] = [];
  for (let start = 0; start < count; start += 500) {
    const rows = await database.db
      .insert(letters)
      .values(
        Array.from({ length: Math.min(500, count - start) }, (_, i) => ({
          refCode: `LB-B${start + i}-${Math.random().toString(36).slice(2, 8)}`,
          writerId: writer.id,
          prisonerId: prisoner.id,
          language: 'en',
          body: 'Benchmark letter',
          contentHash: normalizedContentHash(`b${start + i}`),
          charCount: 16,
        })),
      )
      .returning({ id: letters.id });
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/** Runs `work` over `ids` with `concurrency` workers; returns operations per second. */
async function throughput(
  ids: string[],
  concurrency: number,
  work: (id: string) => Promise<void>,
  opsPerId: number,
) {
  const queue = [...ids];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let id = queue.shift(); id; id = queue.shift()) await work(id);
    }),
  );
  return (ids.length * opsPerId) / ((performance.now() - started) / 1000);
}

async function measure(database: TestDatabase, letterCount: number, concurrency: number, rounds: number) {
  const machine: number[] = [];
  const plain: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const a = await seedLetters(database, letterCount);
    const b = await seedLetters(database, letterCount);
    // Alternate which goes first, so warm-up favours neither.
    const runMachine = () =>
      throughput(
        a,
        concurrency,
        async (id) => {
          for (const name of PATH)
            await transitionLetter(database.db, id, name, { type: ACTOR[name] ?? 'volunteer' });
        },
        PATH.length,
      );
    const runPlain = () =>
      throughput(
        b,
        concurrency,
        async (id) => {
          for (const name of PATH) {
            await database.db.execute(
              sql`UPDATE letters SET status = ${name === 'confirm' ? 'screening' : 'delivered'}, updated_at = now() WHERE id = ${id}`,
            );
          }
        },
        PATH.length,
      );
    if (round % 2 === 0) {
      machine.push(await runMachine());
      plain.push(await runPlain());
    } else {
      plain.push(await runPlain());
      machine.push(await runMachine());
    }
  }
  return { machine: median(machine), plain: median(plain) };
}

/** The state machine benchmark rows, on PGlite and (when reachable) PostgreSQL. */
export async function runStateMachineBench(letterCount = 300): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const targets: [string, () => Promise<TestDatabase>, number][] = [
    ['PGlite', () => createTestDatabase(), 1],
  ];
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    targets.push([
      'PostgreSQL',
      async () => {
        process.env.TEST_DATABASE_URL = pgUrl;
        return createTestDatabase({ poolSize: 8 });
      },
      8,
    ]);
  }
  for (const [label, open, concurrency] of targets) {
    const database = await open();
    try {
      const { machine, plain } = await measure(database, letterCount, concurrency, 3);
      rows.push({
        name: `letter transitions, ${label} (${concurrency} client${concurrency > 1 ? 's' : ''})`,
        value: machine,
        unit: 'transitions/s',
        baseline: plain,
        ratio: machine / plain,
        target: label === 'PostgreSQL' ? '≥ 1,000/s and ≥ 0.25' : '',
      });
    } finally {
      await database.destroy();
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printRows('State machine', await runStateMachineBench());
}
