/**
 * `npm run eval:mt`: phrasebook and translation-memory coverage and the chrF of every enabled
 * engine on the parallel test set (server/mt/eval/sentences.json), per source language.
 * Engines: those MT_ENGINES enables for each language → Russian, plus Apertium for Ukrainian
 * when its binaries are installed. The memory is an in-memory database thrown away afterwards.
 */
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/database';
import { runMigrations } from '../server/db/migrate';
import { createApertiumEngine } from '../server/mt/apertium/engine';
import type { MtEngine } from '../server/mt/engine';
import { evaluateMt, type LanguageResult } from '../server/mt/eval/evaluate';
import { createEngineRegistry } from '../server/mt/registry';

function table(results: LanguageResult[]): string {
  const engineIds = [...new Set(results.flatMap((r) => Object.keys(r.engines)))];
  const header = [
    'lang',
    'n',
    'phrasebook',
    'pb chrF',
    'memory',
    'mem chrF',
    'copy chrF',
    ...engineIds.map((e) => `${e} chrF`),
  ];
  const pct = (a: number, b: number) => `${a}/${b} (${Math.round((100 * a) / b)}%)`;
  const rows = results.map((r) => [
    r.language,
    String(r.sentences),
    `${pct(r.phrasebook.drafted, r.sentences)} ${r.phrasebook.exact} exact`,
    r.phrasebook.chrf === null ? '–' : r.phrasebook.chrf.toFixed(1),
    `${pct(r.memory.drafted, r.memory.asked)} ${r.memory.exact} exact`,
    r.memory.chrf === null ? '–' : r.memory.chrf.toFixed(1),
    r.copySource.toFixed(1),
    ...engineIds.map((e) => {
      const v = r.engines[e];
      return v === undefined ? '' : typeof v === 'number' ? v.toFixed(1) : 'error';
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  const errors = results.flatMap((r) =>
    Object.entries(r.engines)
      .filter((e): e is [string, string] => typeof e[1] === 'string')
      .map(([engine, message]) => `  ${r.language} ${engine}: ${message}`),
  );
  return [
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    ...(errors.length ? ['errors:', ...errors] : []),
  ].join('\n');
}

const config = loadConfig();
const registry = createEngineRegistry(config);
const apertium = createApertiumEngine(config.MT_APERTIUM_DIR ? { dataDir: config.MT_APERTIUM_DIR } : {});
const apertiumHealth = await apertium.health();

const database = await openDatabase({ kind: 'pglite-memory' });
try {
  await runMigrations(database);
  const results = await evaluateMt(database.db, (language) => {
    const engines: MtEngine[] = registry.enginesFor(language, 'ru');
    if (language === 'uk' && apertiumHealth.ok && !engines.some((e) => e.id === 'apertium'))
      engines.push(apertium);
    return engines;
  });
  process.stdout.write(
    'Parallel test set: 115 letter sentences per language (server/mt/eval/SOURCES.md).\n' +
      'phrasebook: sentences drafted (exact); memory: odd sentences looked up in a memory of the approved even ones;\n' +
      'chrF (n=6, β=2, corpus level) against the Russian references; copy = the source left untranslated.\n\n',
  );
  process.stdout.write(`${table(results)}\n`);
  if (!apertiumHealth.ok) process.stdout.write(`\nApertium not scored: ${apertiumHealth.detail}\n`);
} finally {
  await database.close();
}
