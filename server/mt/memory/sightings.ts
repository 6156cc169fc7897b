/**
 * Pairs approved in letters enter the translation memory only once the same sentence was approved
 * in letters of at least two different writers. A memory is shared by every volunteer and outlives
 * the letters it learnt from, so a sentence only one writer ever wrote ("My sister Anna had her
 * operation at the Charité on 3 May") must not become a draft in somebody else's letter, nor stay
 * after its letter is purged; the sentences a memory is for ("We think of you every day.") recur
 * across writers. Until then only a sighting is kept: the sentence's exact-match hash, the
 * translation and the writer, never the text; the retention purge deletes a letter's sightings
 * and unlinks the memory from it (`releaseLetters`).
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { queryRows } from '../../db/rows';
import type { LanguageCode } from '../engine';
import { pairKey, rememberApproved, type ApprovedPair } from './remember';

/** Different writers whose letters must contain a sentence before it is remembered. */
export const MIN_WRITERS = 2;

/** The sentence pairs of one approved letter translation. */
export interface LetterPairs {
  from: LanguageCode;
  to: LanguageCode;
  translationId: string;
  /** The letter's writer. */
  writerId: string;
  /** The volunteer who approved it. */
  approvedBy: string | null;
  pairs: readonly { source: string; target: string }[];
}

/** What happened to a letter's pairs. */
export interface LetterPairsResult {
  /** Written to the memory (new, or a sentence already there approved again). */
  stored: number;
  /** Held back as sightings: no other writer's letter had the sentence yet. */
  pending: number;
}

/**
 * Records the sightings of a letter's pairs and stores those whose sentence is already in the
 * memory or now seen in letters of {@link MIN_WRITERS} writers (their sightings are then dropped:
 * the memory row is the record). Two approvals committed at the same moment may each miss the
 * other's sighting; the sentence is then stored on its next approval.
 */
export async function rememberFromLetter(db: Queryable, letter: LetterPairs): Promise<LetterPairsResult> {
  const pairs = new Map<string, ApprovedPair>();
  for (const p of letter.pairs) {
    const pair: ApprovedPair = {
      from: letter.from,
      to: letter.to,
      source: p.source,
      target: p.target,
      translationId: letter.translationId,
      approvedBy: letter.approvedBy,
    };
    const key = pairKey(pair);
    if (key) pairs.set(key.hash, pair);
  }
  if (pairs.size === 0) return { stored: 0, pending: 0 };
  const hashes = sql.param([...pairs.keys()]);
  await db.execute(sql`
    INSERT INTO translation_memory_sightings (source_hash, translation_id, writer_id)
    SELECT h, ${letter.translationId}::uuid, ${letter.writerId}::uuid
    FROM unnest(${hashes}::text[]) AS h
    WHERE NOT EXISTS (SELECT 1 FROM translation_memory m WHERE m.source_hash = h)
    ON CONFLICT DO NOTHING`);
  const shared = await queryRows<{ hash: string }>(
    db,
    sql`
    SELECT m.source_hash AS hash FROM translation_memory m WHERE m.source_hash = ANY(${hashes}::text[])
    UNION
    SELECT s.source_hash FROM translation_memory_sightings s
    WHERE s.source_hash = ANY(${hashes}::text[])
    GROUP BY s.source_hash HAVING count(DISTINCT s.writer_id) >= ${MIN_WRITERS}`,
  );
  if (shared.length === 0) return { stored: 0, pending: pairs.size };
  const promoted = shared.map((r) => r.hash);
  const stored = await rememberApproved(
    db,
    promoted.map((hash) => pairs.get(hash)!),
  );
  await db.execute(
    sql`DELETE FROM translation_memory_sightings WHERE source_hash = ANY(${sql.param(promoted)}::text[])`,
  );
  return { stored, pending: pairs.size - promoted.length };
}

/**
 * For letters whose text is being purged: deletes their sightings and unlinks memory pairs last
 * approved in them (the shared sentence stays; nothing points back at the letter). Returns how
 * many sightings were deleted.
 */
export async function releaseLetters(db: Queryable, letterIds: readonly string[]): Promise<number> {
  if (letterIds.length === 0) return 0;
  const translationsOf = sql`SELECT id FROM translations WHERE letter_id = ANY(${sql.param([...letterIds])}::uuid[])`;
  await db.execute(
    sql`UPDATE translation_memory SET translation_id = NULL WHERE translation_id IN (${translationsOf})`,
  );
  const deleted = await queryRows(
    db,
    sql`DELETE FROM translation_memory_sightings WHERE translation_id IN (${translationsOf}) RETURNING 1`,
  );
  return deleted.length;
}
