/**
 * A text split into paragraphs and sentences with their character offsets, as server/mt/segment.ts
 * splits it and the workbench API sends it (the `source` of GET …/workbench), so the translator's
 * rows line up with the source and a draft goes back exactly where it came from; and the rest of
 * what the workbench API answers, typed once for the server that builds it and the dashboard.
 */
import type { ScreeningFlag } from './screening';

/** A sentence (or sentence-like piece) of the text. `text === source.slice(start, end)`. */
export interface TextSegment {
  index: number;
  /** The index of the paragraph it is in. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** A paragraph: a block of lines; its segments are listed by index. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  segments: number[];
}

/** The whole split. */
export interface Segmentation {
  paragraphs: Paragraph[];
  segments: TextSegment[];
}

/** A proposed translation of one segment; the server narrows `Engine` to its engine ids. */
export interface Draft<Engine extends string = string> {
  /** The index of the segment it translates. */
  index: number;
  text: string;
  engine: Engine;
  /**
   * How sure the engine is, 0..1: 1 for an exact memory or phrasebook match, the similarity for
   * fuzzy matches; null for machine translation, which has no meaningful score.
   */
  score: number | null;
  /** For memory and phrasebook matches: the stored source the draft was made from. */
  matchedSource?: string;
  /** Other forms a person may prefer (the informal "ты" for a polite "Вы", a feminine form). */
  alternatives?: string[];
  /** Short remarks for the translator (words the engine did not know, a slot left untranslated). */
  notes?: string[];
}

/** A character range `[start, end)` of a text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One glossary line: spellings in the source → the form to use. */
export interface GlossaryTerm {
  kind: 'name' | 'term';
  /** The form to use in the translation; null for recurring terms (keep them consistent). */
  target: string | null;
  /** Every spelling known for the source side (for drafts and checks). */
  spellings: string[];
  /** The spellings found in this text, in order of first use. */
  used: string[];
  spans: TextSpan[];
}

/** An engine that could not draft, and why (shown to the translator, who carries on without it). */
export interface EngineProblem {
  engine: string;
  detail: string;
}

/** Whether Russian spellcheck can answer (the dictionary loads in the background). */
export type SpellingState = 'ready' | 'loading' | 'unavailable';

/** One word the dictionary does not know, where it is, and what it may have meant. */
export interface SpellIssue {
  word: string;
  start: number;
  end: number;
  suggestions: string[];
}

/** The spellcheck's answer: `issues` is empty unless `state` is `ready`. */
export interface SpellResult {
  state: SpellingState;
  issues: SpellIssue[];
  detail?: string;
}

/** A quality check's finding; `error`s should be fixed before approval, `warning`s deserve a look. */
export interface CheckIssue<Code extends string = string> {
  code: Code;
  severity: 'error' | 'warning';
  /** The row (source sentence) it concerns, if one. */
  row: number | null;
  /** A range of the composed translation, if one. */
  start?: number;
  end?: number;
  /** Values for the message (the word, the number, the ratio). */
  params: Record<string, string | number>;
  /** The message in English; the dashboard words it from `code` and `params`. */
  message: string;
}

/** A row's place in the composed translation. */
export interface RowSpan {
  row: number;
  start: number;
  end: number;
}

/** The text under translation, as the workbench header shows it. */
export interface WorkbenchSubjectSummary {
  kind: 'letter' | 'reply';
  id: string;
  /** The letter's reference code (for a reply, its letter's). */
  refCode: string | null;
  status: string;
  /** True while the text waits for a translator and nobody else holds it. */
  editable: boolean;
  direction: 'to_ru' | 'from_ru';
  sourceLanguage: string;
  targetLanguage: string;
  signature: string | null;
  prisonerName: string;
  writerPseudonym: string | null;
  translation: { id: string; status: string; engine: string | null; updatedAt: string } | null;
  claim: { userId: string; displayName: string; until: string } | null;
}

/** What the workbench opens with (GET /api/volunteer/{letters|replies}/{id}/workbench). */
export interface WorkbenchData<Engine extends string = string> {
  subject: WorkbenchSubjectSummary;
  source: { text: string; paragraphs: Paragraph[]; segments: TextSegment[] };
  /** The saved translation, one row per source segment. */
  rows: string[];
  drafts: Draft<Engine>[];
  engineProblems: EngineProblem[];
  glossary: GlossaryTerm[];
  spelling: SpellingState | 'not_applicable';
}

/**
 * What the checks found for the current rows (POST …/checks); offsets are into `text`, the
 * translation as it would be saved.
 */
export interface WorkbenchChecks<Code extends string = string> {
  text: string;
  spans: RowSpan[];
  issues: CheckIssue<Code>[];
  /** Screening flags on the Russian text; empty for replies. */
  flags: ScreeningFlag[];
  spelling: SpellResult;
}
