/**
 * After approval, the translation's sentence pairs go towards the translation memory, so the next
 * letter with "We think of you every day." starts from a person's approved wording. A sentence is
 * stored once letters of two different writers had it (server/mt/memory/sightings.ts explains why).
 */
import type { Queryable } from '../db/database';
import { rememberFromLetter, type LetterPairsResult } from '../mt/memory/sightings';
import { alignedPairs } from './rows';

/** An approved translation of a letter. */
export interface ApprovedTranslation {
  sourceText: string;
  targetText: string;
  from: string;
  to: string;
  translationId: string;
  /** The letter's writer. */
  writerId: string;
  approvedBy: string;
}

/**
 * Passes the sentence pairs of an approved translation (only where source and translation have
 * the same paragraph and sentence structure) to the memory. Returns how many were stored and how
 * many wait for a second writer.
 */
export async function rememberTranslation(
  db: Queryable,
  approved: ApprovedTranslation,
): Promise<LetterPairsResult> {
  return rememberFromLetter(db, {
    from: approved.from,
    to: approved.to,
    translationId: approved.translationId,
    writerId: approved.writerId,
    approvedBy: approved.approvedBy,
    pairs: alignedPairs(approved.sourceText, approved.targetText),
  });
}
