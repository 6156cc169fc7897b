/**
 * Evaluation on the parallel test set: per source language, how many sentences the phrasebook and
 * the translation memory cover, and the chrF of every engine against the Russian references, next
 * to copying the source unchanged (a floor that is not zero for Ukrainian).
 */
import type { Queryable } from '../../db/database';
import { corpusChrf } from '../chrf';
import type { MtEngine } from '../engine';
import { lookupMemory } from '../memory/lookup';
import { rememberApproved } from '../memory/remember';
import { loadPhrasebook } from '../phrasebook/engine';
import { matchPhrase } from '../phrasebook/match';
import type { PhrasebookLanguage } from '../phrasebook/schema';
import { EVAL_LANGUAGES, loadEvalSet, type EvalSentence } from './load';

/** Coverage of one always-on source. */
export interface Coverage {
  /** Sentences with a draft. */
  drafted: number;
  /** Of those, exact matches (score 1). */
  exact: number;
  /** chrF of the drafts on the sentences they cover (null when none). */
  chrf: number | null;
}

/** Results for one source language. */
export interface LanguageResult {
  language: PhrasebookLanguage;
  sentences: number;
  phrasebook: Coverage;
  /** Memory holding the approved other half of the set, asked for this half. */
  memory: Coverage & { asked: number };
  /** Engine id → corpus chrF over all sentences, or the error that stopped it. */
  engines: Record<string, number | string>;
  /** chrF of the source copied as it is. */
  copySource: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

function phrasebookCoverage(set: EvalSentence[], language: PhrasebookLanguage): Coverage {
  const book = loadPhrasebook();
  const glossary = [{ source: ['Azat', 'Asat'], target: 'Азат' }];
  const hits = set.flatMap((s) => {
    const match = matchPhrase(book, s[language], language, glossary);
    return match ? [{ match, reference: s.ru }] : [];
  });
  return {
    drafted: hits.length,
    exact: hits.filter((h) => h.match.score === 1).length,
    chrf: hits.length
      ? round(
          corpusChrf(
            hits.map((h) => h.match.text),
            hits.map((h) => h.reference),
          ),
        )
      : null,
  };
}

/**
 * Memory coverage, cross-validated: the even-numbered sentences are approved into the memory, the
 * odd-numbered ones looked up (so a match means a genuinely similar earlier sentence).
 */
async function memoryCoverage(db: Queryable, set: EvalSentence[], language: PhrasebookLanguage) {
  const known = set.filter((_, i) => i % 2 === 0);
  const asked = set.filter((_, i) => i % 2 === 1);
  await rememberApproved(
    db,
    known.map((s) => ({ from: language, to: 'ru', source: s[language], target: s.ru })),
  );
  const matches = await lookupMemory(db, {
    from: language,
    to: 'ru',
    segments: asked.map((s, index) => ({ index, text: s[language] })),
    perSegment: 1,
  });
  return {
    asked: asked.length,
    drafted: matches.length,
    exact: matches.filter((m) => m.exact).length,
    chrf: matches.length
      ? round(
          corpusChrf(
            matches.map((m) => m.targetText),
            matches.map((m) => asked[m.index]!.ru),
          ),
        )
      : null,
  };
}

/** Runs the evaluation; `engines(language)` gives the machine engines to score for a language. */
export async function evaluateMt(
  db: Queryable,
  engines: (language: PhrasebookLanguage) => MtEngine[],
  set: EvalSentence[] = loadEvalSet(),
): Promise<LanguageResult[]> {
  const results: LanguageResult[] = [];
  for (const language of EVAL_LANGUAGES) {
    const references = set.map((s) => s.ru);
    const scored: Record<string, number | string> = {};
    for (const engine of engines(language)) {
      try {
        const drafts = await engine.translate(
          set.map((s, index) => ({ index, text: s[language] })),
          language,
          'ru',
        );
        const byIndex = new Map(drafts.map((d) => [d.index, d.text]));
        scored[engine.id] = round(
          corpusChrf(
            set.map((s, i) => byIndex.get(i) ?? s[language]),
            references,
          ),
        );
      } catch (error) {
        scored[engine.id] = (error as Error).message;
      }
    }
    results.push({
      language,
      sentences: set.length,
      phrasebook: phrasebookCoverage(set, language),
      memory: await memoryCoverage(db, set, language),
      engines: scored,
      copySource: round(
        corpusChrf(
          set.map((s) => s[language]),
          references,
        ),
      ),
    });
  }
  return results;
}
