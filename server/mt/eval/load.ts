/**
 * The parallel test set kept in the repository (see SOURCES.md): one Russian reference and the
 * same sentence in each phrasebook language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PHRASEBOOK_LANGUAGES } from '../phrasebook/schema';

const text = z.string().min(1);

/** One multi-parallel sentence. */
export const evalSentenceSchema = z.object({
  id: z.string(),
  ru: text,
  en: text,
  de: text,
  fr: text,
  es: text,
  it: text,
  pl: text,
  uk: text,
});

/** A validated sentence of the test set. */
export type EvalSentence = z.infer<typeof evalSentenceSchema>;

/** The source languages of the test set. */
export const EVAL_LANGUAGES = PHRASEBOOK_LANGUAGES;

/** Path of the test set. */
export const EVAL_SET_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sentences.json');

/** Loads and validates the test set. */
export function loadEvalSet(file = EVAL_SET_FILE): EvalSentence[] {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  return z.object({ sentences: z.array(evalSentenceSchema) }).parse(raw).sentences;
}
