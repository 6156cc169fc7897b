/**
 * Russian spellcheck for the workbench: `nspell` over Debian's `hunspell-ru` dictionary. Loading
 * it expands ~146,000 stems into ~1.4 million word forms: seconds of CPU and ~300 MB, so it runs
 * in a worker thread, started on first use and kept. Until it is ready, callers get
 * `state: 'loading'` at once instead of waiting; the dashboard asks again on the next pause.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Where Debian's hunspell-ru puts the Russian dictionary (`.aff` and `.dic`). */
export const DEFAULT_RUSSIAN_DICTIONARY = '/usr/share/hunspell/ru_RU';

/** One word the dictionary does not know, where it is, and what it may have meant. */
export interface SpellIssue {
  word: string;
  start: number;
  end: number;
  suggestions: string[];
}

/** The answer: `issues` is empty unless `state` is `ready`. */
export interface SpellResult {
  state: 'ready' | 'loading' | 'unavailable';
  issues: SpellIssue[];
  detail?: string;
}

/** Words whose suggestions are computed per call (each costs ~0.1 s of the worker's time). */
const SUGGEST_LIMIT = 8;

// Plain CommonJS: an eval'd worker does not go through the TypeScript loader.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
let spell;
try {
  spell = require(workerData.nspell)(fs.readFileSync(workerData.aff), fs.readFileSync(workerData.dic));
  parentPort.postMessage({ type: 'ready' });
} catch (error) {
  parentPort.postMessage({ type: 'failed', detail: String((error && error.message) || error) });
}
parentPort.on('message', ({ id, words, suggest }) => {
  const wrong = words.filter((w) => !spell.correct(w));
  const suggestions = {};
  for (const w of wrong.slice(0, suggest)) suggestions[w] = spell.suggest(w).slice(0, 4);
  parentPort.postMessage({ type: 'result', id, wrong, suggestions });
});`;

interface Answer {
  wrong: string[];
  suggestions: Record<string, string[]>;
}

type WorkerMessage =
  { type: 'ready' } | { type: 'failed'; detail?: string } | ({ type: 'result'; id: number } & Answer);

interface Checker {
  state: SpellResult['state'];
  detail?: string;
  worker?: Worker;
  pending: Map<number, (answer: Answer) => void>;
  next: number;
}

const checkers = new Map<string, Checker>();

function start(dictionary: string): Checker {
  const checker: Checker = { state: 'loading', pending: new Map(), next: 1 };
  const aff = `${dictionary}.aff`;
  const dic = `${dictionary}.dic`;
  if (!fs.existsSync(aff) || !fs.existsSync(dic)) {
    checker.state = 'unavailable';
    checker.detail = `No dictionary at ${dictionary}.aff/.dic (install the Debian package hunspell-ru).`;
    return checker;
  }
  const nspell = createRequire(import.meta.url).resolve('nspell');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { nspell, aff, dic } });
  // The dictionary must never keep a CLI command or a test process alive.
  worker.unref();
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'ready') checker.state = 'ready';
    else if (message.type === 'failed') {
      checker.state = 'unavailable';
      checker.detail = message.detail ?? 'The dictionary could not be read.';
    } else if (message.type === 'result') {
      checker.pending.get(message.id)?.(message);
      checker.pending.delete(message.id);
    }
  });
  worker.on('error', (error) => {
    checker.state = 'unavailable';
    checker.detail = error.message;
  });
  checker.worker = worker;
  return checker;
}

/** Starts loading the dictionary in the background (idempotent); returns its current state. */
export function warmUpSpellcheck(dictionary = DEFAULT_RUSSIAN_DICTIONARY): SpellResult['state'] {
  let checker = checkers.get(dictionary);
  if (!checker) {
    checker = start(dictionary);
    checkers.set(dictionary, checker);
  }
  return checker.state;
}

/**
 * Russian words of `text` the dictionary does not know, with offsets. All-capital abbreviations
 * (СИЗО) and words `skip` accepts (the prisoner's name in any case) are never reported.
 */
export async function checkSpelling(
  text: string,
  skip: (word: string) => boolean = () => false,
  dictionary = DEFAULT_RUSSIAN_DICTIONARY,
): Promise<SpellResult> {
  warmUpSpellcheck(dictionary);
  const checker = checkers.get(dictionary)!;
  if (checker.state !== 'ready' || !checker.worker) {
    return { state: checker.state, issues: [], ...(checker.detail ? { detail: checker.detail } : {}) };
  }
  const tokens = [...text.matchAll(/\p{Script=Cyrillic}+/gu)].filter(
    (m) => m[0].length > 1 && m[0] !== m[0].toUpperCase() && !skip(m[0]),
  );
  const words = [...new Set(tokens.map((m) => m[0]))];
  if (words.length === 0) return { state: 'ready', issues: [] };
  const id = checker.next++;
  const answer = await new Promise<Answer>((resolve) => {
    checker.pending.set(id, resolve);
    checker.worker!.postMessage({ id, words, suggest: SUGGEST_LIMIT });
  });
  const wrong = new Set(answer.wrong);
  return {
    state: 'ready',
    issues: tokens
      .filter((m) => wrong.has(m[0]))
      .map((m) => ({
        word: m[0],
        start: m.index,
        end: m.index + m[0].length,
        suggestions: answer.suggestions[m[0]] ?? [],
      })),
  };
}
