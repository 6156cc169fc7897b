/**
 * Translation memory: segment pairs a person approved, reused as drafts for later letters and
 * replies. Matching lives in server/mt/memory/.
 */
import { bigserial, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';

/**
 * One approved source segment and its translation. `sourceNorm` is the normalised source the
 * matching works on; `sourceHash` keys exact matches and already includes the language pair;
 * `lshKeys` are MinHash band keys over the source's trigrams (also pair-specific), so a GIN
 * overlap query finds near-duplicates without scanning the posting lists of common trigrams.
 */
export const translationMemory = pgTable(
  'translation_memory',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    sourceLanguage: text().notNull(),
    targetLanguage: text().notNull(),
    sourceText: text().notNull(),
    targetText: text().notNull(),
    sourceNorm: text().notNull(),
    /** SHA-256 (hex) of language pair + normalised source. */
    sourceHash: text().notNull(),
    lshKeys: integer().array().notNull(),
    /** The translation the pair was approved in, when it came from one (for forgetting it later). */
    translationId: uuid(),
    /** Volunteer who approved it. */
    approvedBy: uuid(),
    /** How many times the same source was approved (again). */
    approvals: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('translation_memory_source_hash_idx').on(t.sourceHash),
    index('translation_memory_lsh_idx').using('gin', t.lshKeys),
    // Concordance search (a word or phrase inside earlier segments) with ILIKE / similarity.
    index('translation_memory_source_trgm_idx').using('gin', t.sourceNorm.op('gin_trgm_ops')),
    index('translation_memory_translation_idx').on(t.translationId),
  ],
);
