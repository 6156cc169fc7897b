/**
 * Concordance search: earlier approved segments that contain a word or phrase, so a translator
 * can see how "Stay strong" or a name was translated before. Uses the trigram index on the
 * normalised source (ILIKE '%…%' is index-assisted by gin_trgm_ops).
 */
import { and, desc, eq, ilike } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { translationMemory } from '../../db/schema';
import type { LanguageCode } from '../engine';
import { normalizeSegment } from '../normalize';

/** A concordance hit. */
export interface ConcordanceHit {
  id: number;
  sourceText: string;
  targetText: string;
  approvals: number;
}

/** Segments of `from`→`to` whose source contains `phrase` (case-insensitive), most approved first. */
export async function searchMemory(
  db: Queryable,
  request: { from: LanguageCode; to: LanguageCode; phrase: string; limit?: number },
): Promise<ConcordanceHit[]> {
  const phrase = normalizeSegment(request.phrase).replace(/[\\%_]/g, (c) => `\\${c}`);
  if (phrase.length < 3) return [];
  return db
    .select({
      id: translationMemory.id,
      sourceText: translationMemory.sourceText,
      targetText: translationMemory.targetText,
      approvals: translationMemory.approvals,
    })
    .from(translationMemory)
    .where(
      and(
        eq(translationMemory.sourceLanguage, request.from),
        eq(translationMemory.targetLanguage, request.to),
        ilike(translationMemory.sourceNorm, `%${phrase}%`),
      ),
    )
    .orderBy(desc(translationMemory.approvals), desc(translationMemory.updatedAt))
    .limit(request.limit ?? 20);
}
