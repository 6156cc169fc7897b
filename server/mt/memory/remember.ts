/**
 * Writing to the translation memory: only pairs a person approved go in; pairs from letters go
 * through ./sightings.ts first, which holds them back until two writers wrote the sentence.
 * Approving the same source again replaces the stored translation (the latest approval wins) and
 * counts the approval. Removing pairs removes their band keys too (ON DELETE CASCADE).
 */
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { translationMemory, translationMemorySightings } from '../../db/schema';
import type { LanguageCode } from '../engine';
import { memoryKey, normalizeSegment } from '../normalize';
import { bandKeys, sourceHash, STOP_KEY_SEGMENTS } from './lsh';

/** One approved segment pair. */
export interface ApprovedPair {
  from: LanguageCode;
  to: LanguageCode;
  source: string;
  target: string;
  /** The translation it was approved in, so it can be forgotten with it. */
  translationId?: string | null;
  /** The volunteer who approved it. */
  approvedBy?: string | null;
}

/** Pairs per statement (parameters are arrays, so this only bounds one statement's work). */
const BATCH = 2000;

interface Prepared {
  from: string;
  to: string;
  source: string;
  target: string;
  norm: string;
  hash: string;
  keys: number[];
  translationId: string | null;
  approvedBy: string | null;
}

/**
 * The normalised source and exact-match hash a pair is stored under; undefined for pairs never
 * stored: blank ones, and ones whose "translation" is the unchanged source.
 */
export function pairKey(pair: ApprovedPair): { norm: string; hash: string } | undefined {
  const norm = normalizeSegment(pair.source.trim());
  const target = pair.target.trim();
  if (memoryKey(norm) === '' || target === '' || normalizeSegment(target) === norm) return undefined;
  return { norm, hash: sourceHash(norm, pair.from, pair.to) };
}

/**
 * Stores approved pairs (blank ones, and ones whose "translation" is the unchanged source, are
 * skipped) with their band keys, one statement per batch, and marks the batch's band keys that
 * became too common as stop keys. Returns how many pairs were written (inserted, or updated when
 * the same source was approved before).
 */
export async function rememberApproved(db: Queryable, pairs: readonly ApprovedPair[]): Promise<number> {
  // One statement may not update the same row twice, so duplicates collapse to the last one.
  const rows = new Map<string, Prepared>();
  for (const pair of pairs) {
    const key = pairKey(pair);
    if (!key) continue;
    rows.set(key.hash, {
      from: pair.from,
      to: pair.to,
      source: pair.source.trim(),
      target: pair.target.trim(),
      ...key,
      keys: bandKeys(key.norm, pair.from, pair.to),
      translationId: pair.translationId ?? null,
      approvedBy: pair.approvedBy ?? null,
    });
  }
  const all = [...rows.values()];
  for (let i = 0; i < all.length; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    const column = <K extends keyof Prepared>(key: K) => sql.param(batch.map((row) => row[key]));
    await db.execute(sql`
      WITH v AS (
        SELECT * FROM unnest(
          ${column('from')}::text[], ${column('to')}::text[], ${column('source')}::text[],
          ${column('target')}::text[], ${column('norm')}::text[], ${column('hash')}::text[],
          ${sql.param(batch.map((row) => `{${row.keys.join(',')}}`))}::text[],
          ${column('translationId')}::uuid[], ${column('approvedBy')}::uuid[]
        ) AS v(source_language, target_language, source_text, target_text, source_norm, source_hash,
               band_keys, translation_id, approved_by)
      ),
      stored AS (
        INSERT INTO translation_memory
          (source_language, target_language, source_text, target_text, source_norm, source_hash,
           translation_id, approved_by)
        SELECT source_language, target_language, source_text, target_text, source_norm, source_hash,
               translation_id, approved_by
        FROM v
        ON CONFLICT (source_hash) DO UPDATE SET
          source_text = excluded.source_text,
          target_text = excluded.target_text,
          translation_id = excluded.translation_id,
          approved_by = excluded.approved_by,
          approvals = translation_memory.approvals + 1,
          updated_at = now()
        RETURNING id, source_hash
      )
      INSERT INTO translation_memory_bands (band_key, memory_id)
      SELECT k.band_key, stored.id
      FROM stored
      JOIN v ON v.source_hash = stored.source_hash
      CROSS JOIN LATERAL unnest(v.band_keys::int[]) AS k(band_key)
      ON CONFLICT DO NOTHING`);
    // A separate statement: the one above cannot see the band rows it inserts.
    const keys = [...new Set(batch.flatMap((row) => row.keys))];
    await db.execute(sql`
      INSERT INTO translation_memory_stop_keys (band_key)
      SELECT b.band_key FROM translation_memory_bands b
      WHERE b.band_key = ANY(${sql.param(keys)}::int[])
        AND NOT EXISTS (SELECT 1 FROM translation_memory_stop_keys s WHERE s.band_key = b.band_key)
      GROUP BY b.band_key HAVING count(*) > ${STOP_KEY_SEGMENTS}
      ON CONFLICT DO NOTHING`);
  }
  return all.length;
}

/**
 * Removes the pairs last approved in a translation (the pairs carry personal details after all),
 * and the translation's sightings (./sightings.ts). Returns how many pairs were removed.
 */
export async function forgetTranslation(db: Queryable, translationId: string): Promise<number> {
  await db
    .delete(translationMemorySightings)
    .where(eq(translationMemorySightings.translationId, translationId));
  const removed = await db
    .delete(translationMemory)
    .where(eq(translationMemory.translationId, translationId))
    .returning({ id: translationMemory.id });
  return removed.length;
}
