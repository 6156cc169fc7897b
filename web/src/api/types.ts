/**
 * Shapes the web app reads. The directory shapes follow the directory API (issue 3); the
 * normalisers in directory.ts accept the fields it may or may not send, so a missing optional
 * field shows as absent rather than breaking a page. The writer's letters and replies are
 * shared/api/writer.ts, the same types the server presents them with.
 */
export type {
  ReplyScan,
  TimelineStep,
  WriterLetter,
  WriterReply,
  WriterSelfPost,
} from '../../../shared/api/writer';
export type { ScreeningFlag } from '../../../shared/api/screening';

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

/** The recipient's address as the envelope takes it (`GET …/self-post/address`). */
export interface SelfPostAddress {
  addressText: string;
  addressLines: string[];
}
