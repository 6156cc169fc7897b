/**
 * What a writer sends and what the writer's own pages receive: the letter submission
 * (POST /api/letters), "My letters" (GET /api/writer/letters, presented by
 * server/writer/my-letters.ts) and the replies forwarded to the writer (GET /api/writer/replies,
 * server/replies/writer-thread.ts). JSON on the wire: every time is an ISO 8601 string. A writer
 * sees no volunteer ids and no internal notes.
 */
import type { LetterStatus, RecipientHoldCause } from '../letter-status';

/** What the Write page sends; the server checks it with the route's zod schema. */
export interface LetterSubmission {
  prisonerId: string;
  email: string;
  /** The language the letter is written in. */
  language: string;
  /** The language of the writer's emails and pages. */
  uiLanguage: string;
  body: string;
  signature: string;
  allowPublish: boolean;
  /** A reply this letter answers: forwarded to this writer, from the same prisoner. */
  inReplyToReplyId?: string | undefined;
}

/** One step of a letter's history, in the writer's terms. */
export interface TimelineStep {
  status: LetterStatus;
  at: string;
  /** Only where the reason is addressed to the writer (a request for changes, a refusal, a return). */
  reason?: string;
  /** The writer made this step (confirmed, withdrew, chose self-post, posted it, handed it back). */
  byYou?: true;
}

/** Whether the writer may post a letter themselves, and how their self-post stands. */
export interface WriterSelfPost {
  /** The writer may choose to post it themselves now: approved, postable, no volunteer on it. */
  offered: boolean;
  /** `preparing` once chosen, `posted` once the writer said so; null otherwise (or handed back). */
  state: 'preparing' | 'posted' | null;
  startedAt: string | null;
  /** The day the writer posted it. */
  postedAt: string | null;
  trackingNumber: string | null;
}

/** A letter in "My letters". */
export interface WriterLetter {
  id: string;
  refCode: string;
  status: LetterStatus;
  language: string;
  /** Null once the text was deleted (withdrawn, purged after the retention period, or erased). */
  body: string | null;
  signature: string;
  allowPublish: boolean;
  createdAt: string;
  channel: string | null;
  prisoner: { id: string; fullName: string; latinName: string | null };
  facility: { shortName: string; region: string } | null;
  timeline: TimelineStep[];
  canWithdraw: boolean;
  canEdit: boolean;
  /** The latest request for changes, while the letter waits for the writer's edit. */
  changeRequest: string | null;
  /** The reply this letter answers, when the writer answered one in the same thread. */
  inReplyToReplyId: string | null;
  selfPost: WriterSelfPost;
  /** While on hold because the person left custody: why (released, died, left the country). */
  holdCause: RecipientHoldCause | null;
}

/** One scan of a reply, downloadable by the writer on its own. */
export interface ReplyScan {
  id: string;
  mimeType: string;
  bytes: number;
}

/** A reply forwarded to the writer, shown under the letter it answers. */
export interface WriterReply {
  id: string;
  letterId: string;
  letterRefCode: string;
  prisonerId: string;
  prisonerName: string;
  /** When the reply reached the organisation. */
  receivedAt: string;
  /** When it was forwarded to the writer. */
  forwardedAt: string;
  /** The translation into the writer's language; null when the writer reads Russian, or once purged. */
  translation: string | null;
  translationLanguage: string | null;
  /** The Russian text as transcribed; null once purged. */
  original: string | null;
  /** Empty once purged. */
  scans: ReplyScan[];
  /** The texts and scans were deleted after the retention period. */
  purged: boolean;
  /** The person can still receive letters: the writer may answer (`inReplyToReplyId` on a new letter). */
  canAnswer: boolean;
}
