/**
 * Machine-translation benchmarks:
 * - translation-memory lookup of a whole letter (30 segments: a third stored verbatim, a third
 *   with one word changed, a third new) with 100,000 stored segments, p95 and median over 100
 *   letters, next to a plain primary-key fetch of 30 rows from the same table in the same run; on PGlite, and on
 *   PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server (a scratch database is
 *   created there and dropped afterwards);
 * - how many of the changed-by-one-word segments get their best fuzzy match (computed by brute
 *   force over all stored segments with the same trigram similarity pg_trgm uses);
 * - the quality checks on a 2,400-character letter, on whole texts and as the workbench runs them
 *   row by row, next to one regex pass over it.
 * Run alone with `npx tsx bench/mt.bench.ts`; `runMtBench()` is for `npm run bench`.
 */
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Database } from '../server/db/database';
import { runMigrations } from '../server/db/migrate';
import { queryRows } from '../server/db/rows';
import { runQualityChecks } from '../server/mt/checks';
import { EVAL_LANGUAGES, loadEvalSet } from '../server/mt/eval/load';
import { lookupMemory } from '../server/mt/memory/lookup';
import { trigramSimilarity } from '../server/mt/memory/lsh';
import { rememberApproved, type ApprovedPair } from '../server/mt/memory/remember';
import { normalizeSegment } from '../server/mt/normalize';
import { segmentText } from '../server/mt/segment';
import { runChecks } from '../server/workbench/checks';
import { buildGlossary, engineGlossary } from '../server/workbench/glossary';
import { composeRows, splitIntoRows } from '../server/workbench/rows';
import { syntheticLetter, syntheticMemory } from './mt-corpus';
import { median, percentile, printRows, type BenchRow } from './report';

const STORED = 100_000;
const SEGMENTS = 30;
const LETTERS = 100;
const WARMUP = 5;

/** Options of {@link runMtBench}. */
export interface MtBenchOptions {
  /** A PostgreSQL server to measure on too (default: BENCH_DATABASE_URL, else TEST_DATABASE_URL). */
  postgresUrl?: string;
  /** Stored segments (default 100,000). */
  stored?: number;
  /** Progress lines (loading 100,000 segments into PGlite takes minutes). */
  progress?: (line: string) => void;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Lookup and primary-key p95 per letter on one database, plus which fuzzy segments were matched. */
async function measureLookup(database: Database, stored: ApprovedPair[], progress: (line: string) => void) {
  progress(`${database.driver}: approving ${stored.length} pairs…`);
  const load = await timed(() => rememberApproved(database.db, stored));
  progress(`${database.driver}: loaded in ${(load / 1000).toFixed(0)} s; looking up ${LETTERS} letters…`);
  // PostgreSQL's autovacuum would have run on a live memory; do it now so plans are realistic.
  if (database.driver === 'postgres')
    await database.exec('VACUUM ANALYZE translation_memory, translation_memory_bands');
  const ids = (await queryRows<{ id: number }>(database.db, sql`SELECT id FROM translation_memory`)).map(
    (r) => Number(r.id),
  );
  const lookups: number[] = [];
  const fetches: number[] = [];
  const found = new Map<string, number>();
  for (let l = 0; l < WARMUP + LETTERS; l++) {
    const segments = syntheticLetter(stored, SEGMENTS, 1000 + l).map((text, index) => ({ index, text }));
    let matches: Awaited<ReturnType<typeof lookupMemory>> = [];
    const lookup = await timed(async () => {
      matches = await lookupMemory(database.db, { from: 'en', to: 'ru', segments });
    });
    const sample = segments.map((_, i) => ids[(l * 7919 + i * 104_729) % ids.length]!);
    const fetch = await timed(() =>
      queryRows(
        database.db,
        sql`SELECT id, source_text, target_text FROM translation_memory WHERE id = ANY(${sql.param(sample)}::bigint[])`,
      ),
    );
    if (l < WARMUP) continue;
    lookups.push(lookup);
    fetches.push(fetch);
    for (const m of matches.filter((m) => m.index % 3 === 1)) {
      const key = segments[m.index]!.text;
      found.set(key, Math.max(found.get(key) ?? 0, m.score));
    }
  }
  return { load, lookups, fetches, found };
}

/** Fuzzy segments of the first letters whose best stored match (≥ 0.6) the lookup returned. */
function fuzzyRecall(stored: ApprovedPair[], found: Map<string, number>): { hit: number; total: number } {
  const norms = stored.map((p) => normalizeSegment(p.source));
  let hit = 0;
  let total = 0;
  for (let l = WARMUP; l < WARMUP + 10; l++) {
    const letter = syntheticLetter(stored, SEGMENTS, 1000 + l);
    for (const [i, text] of letter.entries()) {
      if (i % 3 !== 1) continue;
      const norm = normalizeSegment(text);
      let best = 0;
      for (const candidate of norms) best = Math.max(best, trigramSimilarity(norm, candidate));
      if (best < 0.6) continue;
      total++;
      // Scores come back rounded to 3 decimals, and pg_trgm computes in single precision.
      if ((found.get(text) ?? 0) >= Math.min(best, 0.99) - 0.005) hit++;
    }
  }
  return { hit, total };
}

async function scratchPostgres(url: string): Promise<{ database: Database; drop: () => Promise<void> }> {
  const name = `lb_mtbench_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: target.toString(), poolSize: 2 });
  await runMigrations(database, target.toString());
  return {
    database,
    drop: async () => {
      await database.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** A 2,400-character letter and its Russian from the parallel test set, per language. */
function checkLetters(): { source: string; target: string; from: string }[] {
  const set = loadEvalSet();
  return EVAL_LANGUAGES.map((from) => {
    let source = '';
    let target = '';
    for (let i = 0; source.length < 2400; i++) {
      const s = set[i % set.length]!;
      const breakLine = i % 4 === 3 ? '\n' : ' ';
      source += s[from] + breakLine;
      target += s.ru + breakLine;
    }
    return { source, target, from };
  });
}

const AZAT = { surname: 'Мифтахов', givenName: 'Азат', patronymic: 'Нурисламович', latinNames: [] };

/**
 * The quality checks per letter, p95 and median: on the whole texts (`runQualityChecks`) and as
 * the workbench runs them on every pause in typing (rows, glossary built from the prisoner's
 * name), next to one regex pass over the same letter.
 */
function measureChecks(): Record<'whole' | 'workbench' | 'regex', number[]> {
  const letters = checkLetters().map((letter) => {
    const source = segmentText(letter.source);
    const rows = splitIntoRows(source, letter.target);
    const terms = buildGlossary(AZAT, letter.source, letter.from, 'to_ru');
    return {
      ...letter,
      input: {
        source,
        sourceText: letter.source,
        rows,
        composed: composeRows(source, rows),
        sourceLanguage: letter.from,
        targetLanguage: 'ru',
        glossary: terms,
      },
      glossary: engineGlossary(terms),
    };
  });
  const times: Record<'whole' | 'workbench' | 'regex', number[]> = { whole: [], workbench: [], regex: [] };
  for (let round = 0; round < 31; round++) {
    for (const letter of letters) {
      let start = performance.now();
      runQualityChecks(letter.source, letter.target, letter.glossary, { from: letter.from });
      const whole = performance.now() - start;
      start = performance.now();
      runChecks(letter.input);
      const workbench = performance.now() - start;
      start = performance.now();
      letter.target.match(/\p{Script=Latin}+/gu);
      const regex = performance.now() - start;
      // The first round warms up the JIT and the skeleton memos.
      if (round === 0) continue;
      times.whole.push(whole);
      times.workbench.push(workbench);
      times.regex.push(regex);
    }
  }
  return times;
}

/** Runs the benchmarks and returns their rows. */
export async function runMtBench(options: MtBenchOptions = {}): Promise<BenchRow[]> {
  const stored = syntheticMemory(options.stored ?? STORED);
  const rows: BenchRow[] = [];
  const targets: {
    driver: string;
    open: () => Promise<{ database: Database; drop: () => Promise<void> }>;
  }[] = [
    {
      driver: 'pglite',
      open: async () => {
        const database = await openDatabase({ kind: 'pglite-memory' });
        await runMigrations(database);
        return { database, drop: () => database.close() };
      },
    },
  ];
  const url = options.postgresUrl ?? process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) targets.push({ driver: 'postgres', open: () => scratchPostgres(url) });

  let recall: { hit: number; total: number } | undefined;
  for (const target of targets) {
    const { database, drop } = await target.open();
    try {
      const m = await measureLookup(database, stored, options.progress ?? (() => undefined));
      for (const [stat, of] of [
        ['p95', (v: number[]) => percentile(v, 95)],
        ['median', median],
      ] as const) {
        rows.push({
          name: `mt: memory lookup ${stat} per ${SEGMENTS}-segment letter, ${stored.length} stored (${target.driver})`,
          value: of(m.lookups),
          unit: 'ms',
          baseline: of(m.fetches),
          ratio: of(m.lookups) / of(m.fetches),
          target: '≤ 10 ms',
        });
      }
      rows.push({
        name: `mt: approving ${stored.length} pairs into the memory (${target.driver})`,
        value: stored.length / (m.load / 1000),
        unit: 'pairs/s',
      });
      recall ??= fuzzyRecall(stored, m.found);
    } finally {
      await drop();
    }
  }
  if (recall) {
    rows.push({
      name: 'mt: one-word-changed segments given their best match (similarity ≥ 0.6)',
      value: (100 * recall.hit) / Math.max(1, recall.total),
      unit: `% of ${recall.total}`,
    });
  }
  const c = measureChecks();
  for (const [key, label] of [
    ['whole', 'whole texts'],
    ['workbench', 'workbench rows'],
  ] as const) {
    for (const [stat, of] of [
      ['p95', (v: number[]) => percentile(v, 95)],
      ['median', median],
    ] as const) {
      rows.push({
        name: `mt: quality checks ${stat} per 2,400-character letter (${label})`,
        value: of(c[key]),
        unit: 'ms',
        baseline: of(c.regex),
        ratio: of(c[key]) / of(c.regex),
        target: '≤ 5 ms',
      });
    }
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printRows(
    'Machine translation',
    await runMtBench({ progress: (line) => process.stderr.write(`${line}\n`) }),
  );
}
