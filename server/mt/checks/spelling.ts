/**
 * Russian spellcheck: `nspell` over Debian's `hunspell-ru` dictionary. Loading it expands ~146,000
 * stems into ~1.4 million word forms: seconds of CPU and ~300 MB, so it runs in a worker thread,
 * started on first use and kept. Until it is ready, callers get `state: 'loading'` at once instead
 * of waiting (the workbench asks again on the next pause); `spellcheckReady` waits. Older
 * dictionary packages are KOI8-R: the `SET` line of the .aff file says which, and the worker
 * decodes both files to UTF-8 in memory.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { SpellResult } from '../../../shared/api/workbench';

/** Where Debian's hunspell-ru puts the Russian dictionary (`.aff` and `.dic`). */
export const DEFAULT_RUSSIAN_DICTIONARY = '/usr/share/hunspell/ru_RU';

export type { SpellIssue, SpellResult } from '../../../shared/api/workbench';

/** Words whose suggestions are computed per call (each costs ~0.1 s of the worker's time). */
const SUGGEST_LIMIT = 8;

// Plain CommonJS: an eval'd worker does not go through the TypeScript loader.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
let spell;
try {
  const aff = fs.readFileSync(workerData.aff);
  // Latin-1 keeps the ASCII SET line intact whatever the encoding.
  const set = /^SET\\s+(\\S+)/m.exec(new TextDecoder('latin1').decode(aff.subarray(0, 4096)));
  const label = (set ? set[1] : 'UTF-8').toLowerCase().replace(/^microsoft-/, '');
  const decoder = new TextDecoder(label === 'utf8' ? 'utf-8' : label);
  const affText = decoder.decode(aff).replace(/^SET\\s+\\S+/m, 'SET UTF-8');
  spell = require(workerData.nspell)(affText, decoder.decode(fs.readFileSync(workerData.dic)));
  parentPort.postMessage({ type: 'ready' });
} catch (error) {
  parentPort.postMessage({ type: 'failed', detail: String((error && error.message) || error) });
}
// A hyphenated word is right when it is in the dictionary whole or each part is ("кто-нибудь").
const correct = (w) =>
  spell.correct(w) || spell.correct(w.toLowerCase()) || (w.includes('-') && w.split('-').every((p) => spell.correct(p) || spell.correct(p.toLowerCase())));
parentPort.on('message', ({ id, words, suggest }) => {
  const wrong = words.filter((w) => !correct(w));
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
  settled: Promise<void>;
  pending: Map<number, (answer: Answer) => void>;
  next: number;
}

const checkers = new Map<string, Checker>();

function start(dictionary: string): Checker {
  let settle = () => {};
  const checker: Checker = {
    state: 'loading',
    pending: new Map(),
    next: 1,
    settled: new Promise<void>((resolve) => (settle = resolve)),
  };
  const fail = (detail: string) => {
    checker.state = 'unavailable';
    checker.detail = detail;
    settle();
  };
  const aff = `${dictionary}.aff`;
  const dic = `${dictionary}.dic`;
  if (!fs.existsSync(aff) || !fs.existsSync(dic)) {
    fail(`No dictionary at ${dictionary}.aff/.dic (install the Debian package hunspell-ru).`);
    return checker;
  }
  const nspell = createRequire(import.meta.url).resolve('nspell');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { nspell, aff, dic } });
  // The dictionary must never keep a CLI command or a test process alive.
  worker.unref();
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'ready') {
      checker.state = 'ready';
      settle();
    } else if (message.type === 'failed') {
      fail(message.detail ?? 'The dictionary could not be read.');
    } else {
      checker.pending.get(message.id)?.(message);
      checker.pending.delete(message.id);
    }
  });
  worker.on('error', (error) => fail(error.message));
  checker.worker = worker;
  return checker;
}

function checkerFor(dictionary: string): Checker {
  let checker = checkers.get(dictionary);
  if (!checker) {
    checker = start(dictionary);
    // A missing dictionary is not remembered: installing hunspell-ru fixes it without a restart.
    if (checker.state === 'loading') checkers.set(dictionary, checker);
  }
  return checker;
}

/** Starts loading the dictionary in the background (idempotent); returns its current state. */
export function warmUpSpellcheck(dictionary = DEFAULT_RUSSIAN_DICTIONARY): SpellResult['state'] {
  return checkerFor(dictionary).state;
}

/** Waits until the dictionary is loaded or known to be unavailable (CLI commands, tests). */
export async function spellcheckReady(
  dictionary = DEFAULT_RUSSIAN_DICTIONARY,
): Promise<Exclude<SpellResult['state'], 'loading'>> {
  const checker = checkerFor(dictionary);
  await checker.settled;
  return checker.state === 'ready' ? 'ready' : 'unavailable';
}

/**
 * Russian words of `text` the dictionary does not know, with offsets and suggestions for the
 * first few. Single letters, all-capital abbreviations (СИЗО) and words `skip` accepts (the
 * prisoner's name in any case) are never reported; words with Latin letters or digits are left to
 * the script check.
 */
export async function checkSpelling(
  text: string,
  skip: (word: string) => boolean = () => false,
  dictionary = DEFAULT_RUSSIAN_DICTIONARY,
): Promise<SpellResult> {
  const checker = checkerFor(dictionary);
  if (checker.state !== 'ready' || !checker.worker) {
    return { state: checker.state, issues: [], ...(checker.detail ? { detail: checker.detail } : {}) };
  }
  const tokens = [...text.matchAll(/\p{Script=Cyrillic}+(?:-\p{Script=Cyrillic}+)*/gu)].filter(
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
