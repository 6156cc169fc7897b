/**
 * The translation-memory engine: always on, every language pair. Drafts the segments earlier
 * approved translations cover, exactly or fuzzily; the other matches become alternatives.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { queryRow } from '../../db/rows';
import type { Draft, MtEngine } from '../engine';
import { carryExclamation } from '../normalize';
import { lookupMemory } from './lookup';

/** Options for {@link createMemoryEngine}. */
export interface MemoryEngineOptions {
  /** Lowest fuzzy similarity offered as a draft (default 0.5). */
  minScore?: number;
}

/** A memory engine over `db`. */
export function createMemoryEngine(db: Queryable, options: MemoryEngineOptions = {}): MtEngine {
  return {
    id: 'memory',
    supports: (from, to) => from !== to,
    translate: async (segments, from, to) => {
      const matches = await lookupMemory(db, { from, to, segments, minScore: options.minScore ?? 0.5 });
      const drafts = new Map<number, Draft>();
      for (const match of matches) {
        const draft = drafts.get(match.index);
        if (!draft) {
          drafts.set(match.index, {
            index: match.index,
            text: carryExclamation(
              match.targetText,
              segments.find((s) => s.index === match.index)?.text ?? '',
            ),
            engine: 'memory',
            score: match.score,
            matchedSource: match.sourceText,
          });
        } else if (match.targetText !== draft.text) {
          draft.alternatives = [...(draft.alternatives ?? []), match.targetText];
        }
      }
      return [...drafts.values()];
    },
    health: async () => {
      const row = await queryRow<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM translation_memory`);
      const n = Number(row?.n ?? 0);
      return { engine: 'memory', ok: true, detail: `${n} approved segment pairs` };
    },
  };
}
