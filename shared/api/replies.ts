/**
 * Replies as the volunteer API sends them (server/replies/view.ts and match.ts present them; the
 * dashboard's reply screens read them). JSON on the wire: every time is an ISO 8601 string.
 * Volunteers see the writer's pseudonym only, never an email.
 */
import type { ReplyStatus } from '../reply-status';

/** A stored scan or PDF of a reply. */
export interface ReplyFile {
  id: string;
  mimeType: string;
  bytes: number;
  /** Page order, from 0. */
  position: number;
}

/** The letter a reply answers, as volunteers see it. */
export interface ReplyLetter {
  id: string;
  refCode: string;
  status: string;
  prisonerName: string;
  /** The facility's short name, if the letter had one. */
  facility: string | null;
  writerPseudonym: string;
  writerLanguage: string;
}

/** A machine reading of the scan: a draft to check word by word, never the transcription. */
export interface ReplyOcrDraft {
  text: string;
  /** Said beside the draft wherever it is shown. */
  notice: string;
  engine: string | null;
  meanConfidence: number | null;
  uncertainWords: number | null;
}

/** The reply's translation out of Russian. */
export interface ReplyTranslation {
  text: string | null;
  status: string;
  translatorId: string | null;
  /** The language it is translated into. */
  language: string;
}

/** One event in a reply's history. */
export interface ReplyHistoryEntry {
  name: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorType: string;
  at: string;
  reason: string | null;
}

/** One reply, opened (GET /volunteer/replies/{id}). */
export interface ReplyView {
  id: string;
  status: ReplyStatus;
  receivedVia: string;
  receivedAt: string;
  statusChangedAt: string;
  claimedBy: string | null;
  claimExpiresAt: string | null;
  /** Null while the reply is not matched to a letter. */
  letter: ReplyLetter | null;
  /** The language the translation is in; null until the reply is matched. */
  targetLanguage: string | null;
  /** False when the writer reads Russian and the transcription goes straight to review. */
  needsTranslation: boolean | null;
  files: ReplyFile[];
  ocrDraft: ReplyOcrDraft | null;
  transcription: string | null;
  translation: ReplyTranslation | null;
  /** Codes of letters this reply may answer, from its text, while it is unmatched. */
  suggestedRefCodes: string[];
  history: ReplyHistoryEntry[];
  /** True once retention removed the reply's files and texts. */
  purged: boolean;
}

/** A row of a reply list (GET /volunteer/replies). */
export interface ReplyListItem {
  id: string;
  status: ReplyStatus;
  receivedVia: string;
  receivedAt: string;
  /** The matched letter's reference code; null while unmatched. */
  refCode: string | null;
  hasOcrDraft: boolean;
}

/** A sent letter a reply may answer, for matching by hand (GET /volunteer/replies/letter-candidates). */
export interface LetterCandidate {
  letterId: string;
  refCode: string;
  status: string;
  prisonerName: string;
  facility: string | null;
  writerPseudonym: string;
  statusChangedAt: string;
}
