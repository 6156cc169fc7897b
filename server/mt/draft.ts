/**
 * `draftTranslation`: a whole letter (or reply) segmented, each segment drafted from translation
 * memory and the phrasebook, and from the configured machine engine where neither has an exact
 * match. Every draft is for a person to accept, edit or reject; nothing is approved here.
 */
import type { Queryable } from '../db/database';
import { MtError, type Draft, type EngineId, type LanguageCode, type MtEngine } from './engine';
import type { GlossaryEntry } from './glossary';
import { createMemoryEngine } from './memory/engine';
import { looseKey } from './normalize';
import { createPhrasebookEngine } from './phrasebook/engine';
import type { EngineRegistry } from './registry';
import { segmentText, type Paragraph, type TextSegment } from './segment';

/** What to draft. */
export interface DraftRequest {
  text: string;
  from: LanguageCode;
  to: LanguageCode;
  /** The prisoner's name in its spellings → Cyrillic (fills phrasebook slots, fixes machine drafts). */
  glossary?: readonly GlossaryEntry[];
  /** Machine engines per pair; without one, only memory and phrasebook draft. */
  registry?: EngineRegistry;
}

/** One segment with its drafts, best first. */
export interface SegmentDraft extends TextSegment {
  drafts: Draft[];
  /** The draft to show first, or null when no engine could help. */
  best: Draft | null;
}

/** An engine that failed for this letter (the other engines' drafts are still there). */
export interface EngineFailure {
  engine: EngineId;
  code: MtError['code'];
  message: string;
}

/** The drafted letter. */
export interface LetterDraft {
  from: LanguageCode;
  to: LanguageCode;
  paragraphs: Paragraph[];
  segments: SegmentDraft[];
  /** The source with every segment replaced by its best draft (untranslated segments stay as written). */
  text: string;
  coverage: { segments: number; drafted: number; byEngine: Partial<Record<EngineId, number>> };
  failures: EngineFailure[];
}

/**
 * Machine drafts rank 0.8: below exact and close matches a person approved (≥ 0.85), above
 * loose fuzzy ones.
 */
const MACHINE_RANK = 0.8;
const ORDER: EngineId[] = ['memory', 'phrasebook', 'apertium', 'marian', 'libretranslate', 'deepl'];

function rank(draft: Draft): number {
  return (draft.score ?? MACHINE_RANK) * 100 - ORDER.indexOf(draft.engine) / 100;
}

/** Replaces Latin spellings of glossary names in a machine draft with the Cyrillic form. */
function applyGlossary(draft: Draft, glossary: readonly GlossaryEntry[]): Draft {
  let text = draft.text;
  const replaced: string[] = [];
  for (const entry of glossary) {
    for (const spelling of entry.source) {
      const pattern = new RegExp(
        `(?<![\\p{L}])${spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
        'giu',
      );
      text = text.replace(pattern, (found) => {
        replaced.push(`${found} → ${entry.target}`);
        return entry.target;
      });
    }
  }
  if (replaced.length === 0) return draft;
  return {
    ...draft,
    text,
    notes: [...(draft.notes ?? []), `glossary: ${replaced.join(', ')} (check the case ending)`],
  };
}

async function attempt(
  engine: MtEngine,
  run: () => Promise<Draft[]>,
  failures: EngineFailure[],
): Promise<Draft[]> {
  try {
    return await run();
  } catch (error) {
    failures.push({
      engine: engine.id,
      code: error instanceof MtError ? error.code : 'failed',
      message: (error as Error).message,
    });
    return [];
  }
}

/**
 * Drafts a translation of `text` from `from` into `to`. A text already in the target language
 * comes back unchanged with no drafts. One round-trip to the memory for the whole letter; the
 * machine engine only sees segments without an exact memory or phrasebook match, and the next
 * configured engine is tried when one fails.
 */
export async function draftTranslation(db: Queryable, request: DraftRequest): Promise<LetterDraft> {
  const { paragraphs, segments } = segmentText(request.text);
  const glossary = request.glossary ?? [];
  const failures: EngineFailure[] = [];
  const drafts = new Map<number, Draft[]>(segments.map((s) => [s.index, []]));
  const add = (list: Draft[]) => {
    for (const d of list) if (d.text.trim() !== '') drafts.get(d.index)?.push(d);
  };

  if (request.from !== request.to && segments.length > 0) {
    const inputs = segments.map((s) => ({ index: s.index, text: s.text }));
    const options = { glossary };
    const always = [createMemoryEngine(db), createPhrasebookEngine()].filter((e) =>
      e.supports(request.from, request.to),
    );
    for (const list of await Promise.all(
      always.map((e) => attempt(e, () => e.translate(inputs, request.from, request.to, options), failures)),
    )) {
      add(list);
    }
    const open = inputs.filter((s) => !drafts.get(s.index)?.some((d) => d.score === 1));
    for (const engine of open.length > 0
      ? (request.registry?.enginesFor(request.from, request.to) ?? [])
      : []) {
      const before = failures.length;
      const list = await attempt(
        engine,
        () => engine.translate(open, request.from, request.to, options),
        failures,
      );
      add(list.map((d) => applyGlossary(d, glossary)));
      if (failures.length === before) break;
    }
  }

  const segmentDrafts: SegmentDraft[] = segments.map((segment) => {
    const list = (drafts.get(segment.index) ?? []).sort((a, b) => rank(b) - rank(a));
    // The same text from two engines is one choice for the translator.
    const unique = list.filter((d, i) => list.findIndex((e) => looseKey(e.text) === looseKey(d.text)) === i);
    return { ...segment, drafts: unique, best: unique[0] ?? null };
  });

  let text = request.text;
  for (const segment of [...segmentDrafts].reverse()) {
    if (segment.best) text = text.slice(0, segment.start) + segment.best.text + text.slice(segment.end);
  }
  const byEngine: Partial<Record<EngineId, number>> = {};
  for (const s of segmentDrafts) if (s.best) byEngine[s.best.engine] = (byEngine[s.best.engine] ?? 0) + 1;
  return {
    from: request.from,
    to: request.to,
    paragraphs,
    segments: segmentDrafts,
    text,
    coverage: { segments: segments.length, drafted: segmentDrafts.filter((s) => s.best).length, byEngine },
    failures,
  };
}
