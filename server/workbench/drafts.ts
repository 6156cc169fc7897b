/**
 * Drafts for every segment of a text from every engine that can help: translation memory and the
 * phrasebook always, Apertium where its modes are installed. An engine that fails or is slow
 * costs its drafts, never the workbench: the translator can always type.
 */
import type { EngineProblem } from '../../shared/api/workbench';
import type { Queryable } from '../db/database';
import { createApertiumEngine } from '../mt/apertium/engine';
import type { Draft, LanguageCode, MtEngine, SegmentInput } from '../mt/engine';
import type { GlossaryEntry } from '../mt/glossary';
import { createMemoryEngine } from '../mt/memory/engine';
import { createPhrasebookEngine } from '../mt/phrasebook/engine';

/** How long one engine may take before the workbench opens without its drafts. */
export const ENGINE_TIMEOUT_MS = 8_000;

/** Engines the workbench asks, in order of preference for equal scores. */
export function workbenchEngines(db: Queryable): MtEngine[] {
  return [
    createMemoryEngine(db),
    createPhrasebookEngine(),
    createApertiumEngine({ timeoutMs: ENGINE_TIMEOUT_MS }),
  ];
}

export type { EngineProblem } from '../../shared/api/workbench';

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Best first: exact matches, then fuzzy ones by score, then machine drafts in engine order. */
function rank(draft: Draft, order: number): number {
  return (draft.score ?? -1) * 10 - order / 100;
}

/** Drafts of all engines for `segments`, best first within each segment. */
export async function draftSegments(
  engines: readonly MtEngine[],
  segments: readonly SegmentInput[],
  from: LanguageCode,
  to: LanguageCode,
  glossary: readonly GlossaryEntry[],
): Promise<{ drafts: Draft[]; problems: EngineProblem[] }> {
  const usable = engines.filter((e) => e.supports(from, to));
  const problems: EngineProblem[] = [];
  const results = await Promise.all(
    usable.map(async (engine, order) => {
      try {
        const drafts = await withTimeout(
          engine.translate(segments, from, to, { glossary }),
          ENGINE_TIMEOUT_MS,
        );
        return drafts.filter((d) => d.text.trim() !== '').map((draft) => ({ draft, order }));
      } catch (error) {
        problems.push({ engine: engine.id, detail: (error as Error).message });
        return [];
      }
    }),
  );
  const drafts = results
    .flat()
    .sort((a, b) => a.draft.index - b.draft.index || rank(b.draft, b.order) - rank(a.draft, a.order))
    .map((r) => r.draft);
  return { drafts, problems };
}
