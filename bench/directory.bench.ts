/**
 * Directory benchmark: importing 10,000 generated people (rows/s) against a plain multi-row
 * INSERT of the same names, and search latency (p50/p95 over 1,000 mixed Latin/Cyrillic/typo
 * queries on those 10,000 people) against a plain indexed lookup — each pair measured in the same
 * run, on PGlite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, on PostgreSQL.
 * Targets (issue 3): import ≥ 2,000 rows/s; search p95 ≤ 30 ms on PostgreSQL.
 */
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { queryRows } from '../server/db/rows';
import { prisoners } from '../server/db/schema';
import { readNormalizedRegistry } from '../server/directory/facilities/registry-csv';
import { importPrisoners } from '../server/directory/importers/prisoners';
import { nameKey } from '../server/directory/prisoners/identity';
import { PrisonerSearchSchema, searchPrisoners } from '../server/directory/queries/search-prisoners';
import { REGISTRY_CSV, seedFacilities } from '../server/directory/seed';
import { generatePeople, generateQueries } from './directory-data';
import { percentile, printRows, type BenchRow } from './report';

const PEOPLE = 10_000;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

/** Plain multi-row INSERTs of the same people: slug, names, status, source — no parsing, no matching. */
async function plainInsert(
  database: TestDatabase,
  people: ReturnType<typeof generatePeople>['inputs'],
): Promise<number> {
  const { ms } = await timed(async () => {
    for (let i = 0; i < people.length; i += 500) {
      await database.db.insert(prisoners).values(
        people.slice(i, i + 500).map((p, j) => ({
          slug: `plain-${i + j}`,
          surname: p.name.surname,
          givenName: p.name.givenName,
          patronymic: p.name.patronymic,
          fullName: p.fullName,
          birthDate: p.birthDate,
          status: p.status,
          source: 'plain',
        })),
      );
    }
  });
  return people.length / (ms / 1000);
}

async function measure(label: string, database: TestDatabase): Promise<BenchRow[]> {
  await seedFacilities(database.db);
  const registry = readNormalizedRegistry(fs.readFileSync(REGISTRY_CSV, 'utf8')).records.map((r) => r.record);
  const parsed = generatePeople(PEOPLE, registry);
  // The baseline goes first into the same table, then is removed, so both pay for a table of this size.
  const plainRate = await plainInsert(database, parsed.inputs);
  await database.db.execute(sql`DELETE FROM prisoners WHERE source = 'plain'`);
  const { ms, result: report } = await timed(() => importPrisoners(database.db, parsed));
  if (report.inserted !== PEOPLE)
    throw new Error(
      `imported ${report.inserted} of ${PEOPLE}: ${JSON.stringify(report.skipped.slice(0, 3))}`,
    );
  const importRate = PEOPLE / (ms / 1000);
  // Steady state, as autovacuum leaves it: statistics current, GIN pending lists merged.
  await database.db.execute(sql`VACUUM ANALYZE prisoners`);
  await database.db.execute(sql`VACUUM ANALYZE prisoner_summaries`);

  const queries = generateQueries(parsed.inputs);
  const searchMs: number[] = [];
  const lookupMs: number[] = [];
  let found = 0;
  for (const q of queries) {
    const search = await timed(() =>
      searchPrisoners(database.db, PrisonerSearchSchema.parse({ q, limit: 20 })),
    );
    searchMs.push(search.ms);
    if (search.result.items.length > 0) found += 1;
    const key = nameKey(q);
    const lookup = await timed(() =>
      queryRows(database.db, sql`SELECT id, full_name FROM prisoners WHERE name_key = ${key} LIMIT 20`),
    );
    lookupMs.push(lookup.ms);
  }
  const p50 = percentile(searchMs, 50);
  const p95 = percentile(searchMs, 95);
  const onPostgres = label === 'PostgreSQL';
  process.stdout.write(
    `${label}: ${found} of ${queries.length} queries found someone; import merged ${report.merged.length}, warned ${report.warnings.length}\n`,
  );
  return [
    {
      name: `import ${PEOPLE.toLocaleString('en')} prisoners, ${label}`,
      value: importRate,
      unit: 'rows/s',
      baseline: plainRate,
      ratio: importRate / plainRate,
      target: '≥ 2,000 rows/s',
    },
    {
      name: `search p50, ${label}`,
      value: p50,
      unit: 'ms',
      baseline: percentile(lookupMs, 50),
      ratio: p50 / percentile(lookupMs, 50),
    },
    {
      name: `search p95, ${label}`,
      value: p95,
      unit: 'ms',
      baseline: percentile(lookupMs, 95),
      ratio: p95 / percentile(lookupMs, 95),
      target: onPostgres ? '≤ 30 ms' : '',
    },
  ];
}

/** The directory benchmark rows. */
export async function runDirectoryBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const targets: [string, () => Promise<TestDatabase>][] = [
    [
      'PGlite',
      () => {
        // createTestDatabase picks PostgreSQL whenever this is set.
        delete process.env.TEST_DATABASE_URL;
        return createTestDatabase();
      },
    ],
  ];
  if (pgUrl) {
    targets.push([
      'PostgreSQL',
      () => {
        process.env.TEST_DATABASE_URL = pgUrl;
        return createTestDatabase({ poolSize: 4 });
      },
    ]);
  }
  for (const [label, open] of targets) {
    const database = await open();
    try {
      rows.push(...(await measure(label, database)));
    } finally {
      await database.destroy();
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printRows('Directory', await runDirectoryBench());
}
