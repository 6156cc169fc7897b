/**
 * `npm run bench`: every benchmark, each printing its figures next to a baseline measured in the
 * same run. PostgreSQL figures use BENCH_DATABASE_URL (default: the local server at
 * postgres://postgres@127.0.0.1:5432/test, when it answers). Run one group with
 * `npm run bench -- state-machine` (names below).
 */
import pg from 'pg';
import { runAuthBench } from './auth.bench';
import { runDirectoryBench } from './directory.bench';
import { runMtBench } from './mt.bench';
import { runPdfBench } from './pdf.bench';
import { printRows, type BenchRow } from './report';
import { runScreeningBench } from './screening.bench';
import { runStateMachineBench } from './state-machine.bench';
import { runWebBench } from './web.bench';

const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/test';

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

const GROUPS: [string, string, () => Promise<BenchRow[]>, { needsPostgres?: boolean }?][] = [
  ['state-machine', 'Letter state machine (issue 2)', () => runStateMachineBench()],
  ['directory', 'Directory import and search (issue 3)', () => runDirectoryBench()],
  ['web', 'Web app bundles and first paint (issue 4)', () => runWebBench()],
  ['auth', 'Volunteer login and queue listing (issue 5)', () => runAuthBench(), { needsPostgres: true }],
  ['mt', 'Translation memory and quality checks (issue 6)', () => runMtBench()],
  ['screening', 'Screening throughput (issue 7)', () => runScreeningBench()],
  ['pdf', 'Post batch PDF (issue 8)', () => runPdfBench()],
];

const only = new Set(process.argv.slice(2));
process.env.BENCH_DATABASE_URL ??= DEFAULT_PG;
const hasPostgres = await postgresAnswers(process.env.BENCH_DATABASE_URL);
if (!hasPostgres) {
  process.stdout.write(
    `PostgreSQL at ${process.env.BENCH_DATABASE_URL} does not answer: PostgreSQL figures are skipped.\n`,
  );
  delete process.env.BENCH_DATABASE_URL;
}
for (const [name, title, run, options] of GROUPS) {
  if (only.size && !only.has(name)) continue;
  if (options?.needsPostgres && !hasPostgres) continue;
  printRows(title, await run());
}
