/**
 * A letter as a volunteer opens it on the dashboard (GET /api/volunteer/letters/{id}, presented
 * by server/volunteer/letter-view.ts): the writer only as a pseudonym, the text, the latest
 * Russian translation, screening flags, the history, who holds it, and its latest dispatch.
 * Every string is shown as text, never as HTML.
 */
import type { ScreeningFlag } from './screening';

/** The outcome of a dispatch attempt: begun, handed over, or failed. */
export type DispatchAttemptStatus = 'pending' | 'succeeded' | 'failed';

/** One event in a letter's history. */
export interface LetterHistoryEntry {
  name: string;
  from: string | null;
  to: string | null;
  actorType: string;
  reason: string | null;
  at: string;
}

/** The letter screen's view of one letter. */
export interface VolunteerLetterView {
  id: string;
  refCode: string;
  status: string;
  language: string;
  /** Null once purged. */
  body: string | null;
  signature: string;
  charCount: number;
  /** The texts were deleted after the retention period. */
  purged: boolean;
  writer: { pseudonym: string; language: string; blocked: boolean };
  /** `facility` is the short name of the letter's facility, or else the prisoner's. */
  prisoner: { id: string; name: string; facility: string | null };
  /** The latest translation into Russian, if any. */
  translation: {
    id: string;
    text: string | null;
    status: string;
    engine: string | null;
    updatedAt: string;
  } | null;
  /** The flags of the latest screening. */
  flags: ScreeningFlag[];
  history: LetterHistoryEntry[];
  /** Who holds the letter now; null when no one does. */
  claim: { userId: string; displayName: string; until: string } | null;
  /** The latest dispatch attempt; null before the first. */
  dispatch: {
    channel: string;
    status: DispatchAttemptStatus;
    /** The service's order number or the post's tracking number. */
    externalRef: string | null;
    /** When it was completed (or, while pending, begun). */
    at: string;
  } | null;
}
