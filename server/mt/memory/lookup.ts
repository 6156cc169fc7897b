/**
 * Reading the translation memory: every segment of a letter in one statement (one round-trip).
 * A segment stored verbatim gets that exact match only (score 1; looking for near ones as well
 * cost a third of a letter's lookup time and gave drafts nobody takes over the exact one). For the
 * others, the stored pairs sharing the most MinHash band keys, stop keys left out (./lsh.ts), are
 * candidates, and pg_trgm's `similarity()` scores them exactly.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { queryRows } from '../../db/rows';
import type { LanguageCode, SegmentInput } from '../engine';
import { memoryKey, normalizeSegment } from '../normalize';
import { bandKeys, sourceHash } from './lsh';

/** A stored pair found for a segment. */
export interface MemoryMatch {
  /** The segment's index. */
  index: number;
  id: number;
  sourceText: string;
  targetText: string;
  /**
   * 1 for an exact match, else pg_trgm similarity of the normalised sources, at most 0.99: the
   * trigram sets of "Last summer we went to the sea" and "We went to the sea last summer" are
   * equal, but only an identical segment may score 1.
   */
  score: number;
  exact: boolean;
}

/** What to look up. */
export interface MemoryLookup {
  from: LanguageCode;
  to: LanguageCode;
  segments: readonly SegmentInput[];
  /** Lowest similarity returned (default 0.5). */
  minScore?: number;
  /** Matches per segment (default 3). */
  perSegment?: number;
}

interface Row {
  i: number;
  id: number | string;
  source_text: string;
  target_text: string;
  score: number | string;
  exact: boolean;
}

/** Stored segments scored exactly per new segment: those sharing the most band keys. */
const CANDIDATES = 10;

/** Matches for all segments, best first within each segment. */
export async function lookupMemory(db: Queryable, request: MemoryLookup): Promise<MemoryMatch[]> {
  const segments = request.segments
    .map((s) => ({ index: s.index, norm: normalizeSegment(s.text) }))
    .filter((s) => memoryKey(s.norm) !== '');
  if (segments.length === 0) return [];
  const norms = segments.map((s) => s.norm);
  const hashes = segments.map((s) => sourceHash(s.norm, request.from, request.to));
  const keys = segments.map((s) => `{${bandKeys(s.norm, request.from, request.to).join(',')}}`);
  const rows = await queryRows<Row>(
    db,
    sql`
    SELECT q.i::int AS i, m.id, m.source_text, m.target_text, m.score, m.exact
    FROM unnest(${sql.param(norms)}::text[], ${sql.param(hashes)}::text[], ${sql.param(keys)}::text[])
      WITH ORDINALITY AS q(norm, hash, keys, i)
    CROSS JOIN LATERAL (
      SELECT t.id, t.source_text, t.target_text, t.source_hash = q.hash AS exact,
             CASE WHEN t.source_hash = q.hash THEN 1::real
                  ELSE least(similarity(t.source_norm, q.norm), 0.99::real) END AS score
      FROM translation_memory t
      WHERE t.id IN (
        SELECT e.id FROM translation_memory e WHERE e.source_hash = q.hash
        UNION ALL
        (SELECT b.memory_id FROM translation_memory_bands b
         WHERE b.band_key = ANY(ARRAY(
                 SELECT k FROM unnest(q.keys::int[]) AS k
                 WHERE NOT EXISTS (SELECT 1 FROM translation_memory_stop_keys s WHERE s.band_key = k)))
           AND NOT EXISTS (SELECT 1 FROM translation_memory x WHERE x.source_hash = q.hash)
         GROUP BY b.memory_id ORDER BY count(*) DESC LIMIT ${CANDIDATES})
      )
      ORDER BY score DESC, t.updated_at DESC
      LIMIT ${request.perSegment ?? 3}
    ) m
    WHERE m.score >= ${request.minScore ?? 0.5}
    ORDER BY q.i, m.score DESC`,
  );
  return rows.map((row) => ({
    index: segments[Number(row.i) - 1]!.index,
    id: Number(row.id),
    sourceText: row.source_text,
    targetText: row.target_text,
    score: Math.round(Number(row.score) * 1000) / 1000,
    exact: row.exact,
  }));
}
