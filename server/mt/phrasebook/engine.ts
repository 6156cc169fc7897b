/**
 * The phrasebook engine: always on, offline, instant. Drafts only the segments it knows, into
 * Russian, from the seven phrasebook languages.
 */
import type { Draft, MtEngine } from '../engine';
import { compilePhrasebook, type CompiledPhrasebook } from './compile';
import { matchPhrase } from './match';
import { PHRASEBOOK_LANGUAGES, type PhrasebookLanguage } from './schema';

let cached: CompiledPhrasebook | undefined;

/** The reviewed phrasebook, compiled once per process. */
export function loadPhrasebook(): CompiledPhrasebook {
  cached ??= compilePhrasebook();
  return cached;
}

function isPhrasebookLanguage(language: string): language is PhrasebookLanguage {
  return (PHRASEBOOK_LANGUAGES as readonly string[]).includes(language);
}

/** A phrasebook engine over `book` (default: the reviewed files). */
export function createPhrasebookEngine(book: CompiledPhrasebook = loadPhrasebook()): MtEngine {
  return {
    id: 'phrasebook',
    supports: (from, to) => to === 'ru' && isPhrasebookLanguage(from),
    translate: (segments, from, to, options) => {
      if (to !== 'ru' || !isPhrasebookLanguage(from)) return Promise.resolve([]);
      const drafts: Draft[] = [];
      for (const segment of segments) {
        const match = matchPhrase(book, segment.text, from, options?.glossary ?? []);
        if (!match) continue;
        drafts.push({
          index: segment.index,
          text: match.text,
          engine: 'phrasebook',
          score: match.score,
          matchedSource: match.matchedSource,
          ...(match.alternatives.length > 0 ? { alternatives: match.alternatives } : {}),
          ...(match.notes.length > 0 ? { notes: match.notes } : {}),
        });
      }
      return Promise.resolve(drafts);
    },
    health: () =>
      Promise.resolve({
        engine: 'phrasebook',
        ok: true,
        detail: `${book.phrases.length} phrases in ${PHRASEBOOK_LANGUAGES.join(', ')} → ru`,
      }),
  };
}
