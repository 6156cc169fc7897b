/**
 * Translation memory: segment pairs a person approved, reused as drafts for later letters and
 * replies. Matching lives in server/mt/memory/.
 */
import {
  bigint,
  bigserial,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { writers } from './letters';
import { translations } from './work';

/**
 * One approved source segment and its translation. `sourceNorm` is the normalised source the
 * matching works on; `sourceHash` keys exact matches and already includes the language pair.
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
    /** SHA-256 (hex) of language pair + normalised source without punctuation. */
    sourceHash: text().notNull(),
    /**
     * The translation the pair was last approved in, while that letter's text is kept (for
     * forgetting it); the retention purge clears it, so the memory no longer points at the letter.
     */
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
    // Concordance search (a word or phrase inside earlier segments) with ILIKE / similarity.
    // fastupdate off: searches must not scan a pending list after a batch of approvals.
    index('translation_memory_source_trgm_idx')
      .using('gin', t.sourceNorm.op('gin_trgm_ops'))
      .with({ fastupdate: false }),
    index('translation_memory_translation_idx').on(t.translationId),
  ],
);

/**
 * MinHash band keys of each stored source (see server/mt/memory/lsh.ts), one row per key, so
 * that near-duplicates of a new segment are found by counting shared keys in an index-only
 * B-tree scan, without touching the stored rows of the many segments that share common words.
 */
export const translationMemoryBands = pgTable(
  'translation_memory_bands',
  {
    bandKey: integer().notNull(),
    memoryId: bigint({ mode: 'number' })
      .notNull()
      .references(() => translationMemory.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.bandKey, t.memoryId] }),
    index('translation_memory_bands_memory_idx').on(t.memoryId),
  ],
);

/**
 * Band keys shared by so many stored segments (boilerplate openings like "My sister visited the")
 * that they no longer tell near-duplicates apart: lookups skip them instead of reading hundreds of
 * index entries each (see server/mt/memory/lsh.ts, STOP_KEY_SEGMENTS). Filled as pairs are stored.
 */
export const translationMemoryStopKeys = pgTable('translation_memory_stop_keys', {
  bandKey: integer().primaryKey(),
});

/**
 * Sentences approved in letters that are not in the memory yet: a pair from a letter is stored
 * only once the same sentence (same exact-match hash) was approved in letters of two different
 * writers, so a writer's private sentence never becomes a draft for other people's letters. Only
 * the hash is kept here, never the text; the retention purge deletes a letter's sightings.
 */
export const translationMemorySightings = pgTable(
  'translation_memory_sightings',
  {
    /** The memory's exact-match key (language pair + normalised source, SHA-256). */
    sourceHash: text().notNull(),
    translationId: uuid()
      .notNull()
      .references(() => translations.id, { onDelete: 'cascade' }),
    writerId: uuid()
      .notNull()
      .references(() => writers.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.sourceHash, t.translationId] }),
    index('translation_memory_sightings_translation_idx').on(t.translationId),
    index('translation_memory_sightings_writer_idx').on(t.writerId),
  ],
);
