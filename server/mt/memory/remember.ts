/**
 * Writing to the translation memory: only pairs a person approved go in. Approving the same
 * source again replaces the stored translation (the latest approval wins) and counts the approval.
 * Removing pairs removes their band keys too (foreign key with ON DELETE CASCADE).
 */
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { translationMemory } from '../../db/schema';
import type { LanguageCode } from '../engine';
import { memoryKey, normalizeSegment } from '../normalize';
import { bandKeys, sourceHash } from './lsh';

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
 * Stores approved pairs (blank ones, and ones whose "translation" is the unchanged source, are
 * skipped) with their band keys, one statement per batch. Returns how many pairs were written
 * (inserted, or updated when the same source was approved before).
 */
export async function rememberApproved(db: Queryable, pairs: readonly ApprovedPair[]): Promise<number> {
  // One statement may not update the same row twice, so duplicates collapse to the last one.
  const rows = new Map<string, Prepared>();
  for (const pair of pairs) {
    const source = pair.source.trim();
    const target = pair.target.trim();
    const norm = normalizeSegment(source);
    if (memoryKey(norm) === '' || target === '' || normalizeSegment(target) === norm) continue;
    const hash = sourceHash(norm, pair.from, pair.to);
    rows.set(hash, {
      from: pair.from,
      to: pair.to,
      source,
      target,
      norm,
      hash,
      keys: bandKeys(norm, pair.from, pair.to),
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
  }
  return all.length;
}

/**
 * Removes the pairs last approved in a translation (a writer withdrew the letter, or the pairs
 * carry personal details). Returns how many were removed.
 */
export async function forgetTranslation(db: Queryable, translationId: string): Promise<number> {
  const removed = await db
    .delete(translationMemory)
    .where(eq(translationMemory.translationId, translationId))
    .returning({ id: translationMemory.id });
  return removed.length;
}
