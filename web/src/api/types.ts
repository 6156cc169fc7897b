/**
 * Shapes the web app reads. The directory shapes follow the directory API (issue 3); the
 * normalisers in directory.ts accept the fields it may or may not send, so a missing optional
 * field shows as absent rather than breaking a page.
 */
import type { LetterStatus } from '../../../shared/letter-status';

/** A facility as the directory shows it (never the street address: writers never need it). */
export interface FacilityBrief {
  id: string;
  shortName: string;
  officialName?: string;
  region: string;
  occupied?: boolean;
}

/** A person in the directory. */
export interface Prisoner {
  id: string;
  slug?: string;
  fullName: string;
  /** The first Latin spelling, when the directory has one. */
  latinName: string | null;
  gender: string;
  birthDate: string | null;
  birthYear: number | null;
  status: string;
  canReceiveLetters: boolean;
  /** Why not, when they cannot ("status", "no_facility", ...). */
  letterBlocker?: string | null;
  /** A fictional person of the demo data, shown with a mark saying so. */
  isDemo: boolean;
  facility: FacilityBrief | null;
  interests: string[];
  photoUrl: string | null;
  arrestedOn: string | null;
  sentence: string | null;
  /** The case in plain words, in the requested language when a summary exists. */
  summary: string | null;
  summaryLanguage: string | null;
  articles: string[];
  lettersReceived?: number;
}

/** One page of directory results. */
export interface PrisonerPage {
  items: Prisoner[];
  total: number;
  nextCursor: string | null;
}

/** Home page counters. */
export interface PublicStats {
  waitingForLetter: number;
  lettersWritten: number;
  repliesReceived: number;
}

/** Settings the editor must agree with. */
export interface PublicConfig {
  letterMaxChars: number;
  charsPerPage: number;
  signatureMaxChars: number;
  uiLanguages: string[];
  writerLanguages: string[];
  proofOfWork: boolean;
}

/** One screening flag over the letter text. */
export interface ScreeningFlag {
  ruleId: string;
  category: string;
  severity: 'block' | 'warn' | 'info';
  start: number;
  end: number;
  message: string;
  suggestion?: string;
}

/** A letter in "My letters". */
export interface WriterLetter {
  id: string;
  refCode: string;
  status: LetterStatus;
  language: string;
  body: string | null;
  signature: string;
  allowPublish: boolean;
  createdAt: string;
  channel: string | null;
  prisoner: { id: string; fullName: string; latinName: string | null };
  facility: { shortName: string; region: string } | null;
  /** `byYou`: the writer made this step (confirmed, withdrew, chose self-post, posted it, handed it back). */
  timeline: { status: LetterStatus; at: string; reason?: string; byYou?: true }[];
  canWithdraw: boolean;
  canEdit: boolean;
  changeRequest: string | null;
  /** The reply this letter answers, when the writer answered one in the same thread. */
  inReplyToReplyId: string | null;
  selfPost: WriterSelfPost;
}

/** Whether the writer may post a letter themselves, and how their self-post stands. */
export interface WriterSelfPost {
  /** Approved, postable, no volunteer on it: the writer may choose self-post now. */
  offered: boolean;
  /** `preparing` once chosen, `posted` once the writer said so. */
  state: 'preparing' | 'posted' | null;
  startedAt: string | null;
  /** The day the writer posted it. */
  postedAt: string | null;
  trackingNumber: string | null;
}

/** The recipient's address as the envelope takes it (`GET …/self-post/address`). */
export interface SelfPostAddress {
  addressText: string;
  addressLines: string[];
}

/** One scan of a reply, downloadable with `replyScanUrl`. */
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
  forwardedAt: string;
  /** The translation into the writer's language; null when the writer reads Russian, or once purged. */
  translation: string | null;
  translationLanguage: string | null;
  /** The Russian text as transcribed; null once purged. */
  original: string | null;
  scans: ReplyScan[];
  /** The texts and scans were deleted after the retention period. */
  purged: boolean;
  /** The person can still receive letters, so the writer can answer. */
  canAnswer: boolean;
}
