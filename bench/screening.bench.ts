/**
 * Screening throughput: 2,400-character letters (the letter limit) screened per second on one core,
 * median of several rounds, next to a baseline of one plain regex pass over the same letters.
 * Letters are built from the labelled corpus, so they hold the flags real letters hold.
 * Run alone with `npx tsx bench/screening.bench.ts`; `runScreeningBench()` is for `npm run bench`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { screenText } from '../server/screening';

/** One measured figure. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

const LETTER_CHARS = 2400;
const ROUNDS = 7;
const CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), '../server/screening/corpus');

interface Letter {
  text: string;
  language: string;
}

/** 2,400-character letters per language, cut from the corpus snippets of that language, in turn. */
function buildLetters(perLanguage: number): Letter[] {
  const letters: Letter[] = [];
  for (const language of ['en', 'ru', 'de', 'fr']) {
    const snippets = (
      JSON.parse(fs.readFileSync(path.join(CORPUS, `${language}.json`), 'utf8')) as { text: string }[]
    ).map((e) => e.text);
    for (let k = 0; k < perLanguage; k++) {
      let text = '';
      for (let i = k * 7; text.length < LETTER_CHARS; i++) text += `${snippets[i % snippets.length]!}\n\n`;
      letters.push({ text: text.slice(0, LETTER_CHARS), language });
    }
  }
  return letters;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** CPU time this process has used, in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Letters per CPU second for `screen` over `letters`, median of ROUNDS rounds after a warm-up.
 * CPU time rather than wall time: on a shared machine the wall clock counts other people's work,
 * while CPU time is what one core spent on ours.
 */
function lettersPerSecond(letters: Letter[], screen: (l: Letter) => number, minMs: number): number {
  const round = (): number => {
    let done = 0;
    const start = cpuMs();
    while (cpuMs() - start < minMs) {
      for (const l of letters) {
        sink += screen(l);
        done++;
      }
    }
    return done / ((cpuMs() - start) / 1000);
  };
  round();
  return median(Array.from({ length: ROUNDS }, round));
}

/** Results are summed here so no work can be optimised away. */
let sink = 0;

/** The baseline: one plain, case-insensitive regex pass (the war word in four languages). */
const BASELINE = /войн|war|krieg|guerre/giu;

/** Measures screening throughput and the regex baseline. */
export async function runScreeningBench(): Promise<BenchResult[]> {
  const letters = buildLetters(8);
  const engine = lettersPerSecond(
    letters,
    (l) => screenText({ text: l.text, language: l.language }).flags.length,
    400,
  );
  const baseline = lettersPerSecond(letters, (l) => l.text.match(BASELINE)?.length ?? 0, 200);
  if (sink < 0) throw new Error('unreachable');
  return Promise.resolve([
    {
      name: 'screening: 2,400-character letters per second per core',
      value: Math.round(engine),
      unit: 'letters/s',
      baseline: Math.round(baseline),
      ratio: Number((engine / baseline).toFixed(3)),
    },
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  for (const r of await runScreeningBench()) {
    console.log(`${r.name}: ${r.value} ${r.unit}`);
    console.log(`baseline (one plain regex pass over the same letters): ${r.baseline} ${r.unit}`);
    console.log(`ratio engine / baseline: ${r.ratio}`);
  }
}
