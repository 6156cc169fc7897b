/**
 * After approval, the translation's sentence pairs go into the translation memory, so the next
 * letter with "We think of you every day." starts from a person's approved wording.
 */
import type { Queryable } from '../db/database';
import { rememberApproved } from '../mt/memory/remember';
import { alignedPairs } from './rows';

/** An approved translation. */
export interface ApprovedTranslation {
  sourceText: string;
  targetText: string;
  from: string;
  to: string;
  translationId: string | null;
  approvedBy: string;
}

/**
 * Stores the sentence pairs of an approved translation (only where source and translation have
 * the same paragraph and sentence structure). Returns how many pairs were stored.
 */
export async function rememberTranslation(db: Queryable, approved: ApprovedTranslation): Promise<number> {
  const pairs = alignedPairs(approved.sourceText, approved.targetText);
  return rememberApproved(
    db,
    pairs.map((pair) => ({
      from: approved.from,
      to: approved.to,
      source: pair.source,
      target: pair.target,
      translationId: approved.translationId,
      approvedBy: approved.approvedBy,
    })),
  );
}
