/**
 * The workbench's calls and the shapes the server answers (server/http/routes/workbench-schemas.ts);
 * the source's segmentation and the screening flags are shared/api/, as the server types them.
 */
import type { ScreeningFlag } from '../../../../shared/api/screening';
import type { Paragraph, TextSegment } from '../../../../shared/api/workbench';
import { UI_LANGUAGES } from '../../../../shared/limits';
import { api, get } from '../../api/client';

export type { ScreeningFlag } from '../../../../shared/api/screening';
export type { Paragraph } from '../../../../shared/api/workbench';
/** A sentence of the source with its offsets. */
export type Segment = TextSegment;

const UI: readonly string[] = UI_LANGUAGES;

/** Letters go into Russian, replies come out of it. */
export type WorkKind = 'letters' | 'replies';

/** A proposed translation of one segment. */
export interface Draft {
  index: number;
  text: string;
  engine: string;
  score: number | null;
  matchedSource?: string;
  alternatives?: string[];
  notes?: string[];
}

/** A glossary line: spellings in the source → the form to use. */
export interface GlossaryTerm {
  kind: 'name' | 'term';
  target: string | null;
  spellings: string[];
  used: string[];
  spans: { start: number; end: number }[];
}

/** What the workbench opens with. */
export interface WorkbenchData {
  subject: {
    kind: 'letter' | 'reply';
    id: string;
    refCode: string | null;
    status: string;
    editable: boolean;
    direction: 'to_ru' | 'from_ru';
    sourceLanguage: string;
    targetLanguage: string;
    signature: string | null;
    prisonerName: string;
    writerPseudonym: string | null;
    translation: { id: string; status: string; engine: string | null; updatedAt: string } | null;
    claim: { userId: string; displayName: string; until: string } | null;
  };
  source: { text: string; paragraphs: Paragraph[]; segments: TextSegment[] };
  rows: string[];
  drafts: Draft[];
  engineProblems: { engine: string; detail: string }[];
  glossary: GlossaryTerm[];
  spelling: 'ready' | 'loading' | 'unavailable' | 'not_applicable';
}

/** A quality check's finding. */
export interface CheckIssue {
  code: string;
  severity: 'error' | 'warning';
  row: number | null;
  start?: number;
  end?: number;
  params: Record<string, string | number>;
  message: string;
}

/** A word the dictionary does not know. */
export interface SpellIssue {
  word: string;
  start: number;
  end: number;
  suggestions: string[];
}

/** What the checks found for the current rows; offsets are into `text`. */
export interface Checks {
  text: string;
  spans: { row: number; start: number; end: number }[];
  issues: CheckIssue[];
  flags: ScreeningFlag[];
  spelling: { state: 'ready' | 'loading' | 'unavailable'; issues: SpellIssue[]; detail?: string };
}

const base = (kind: WorkKind, id: string) => `/volunteer/${kind}/${encodeURIComponent(id)}`;

/** The workbench calls. */
export const workbenchApi = {
  open: (kind: WorkKind, id: string, signal?: AbortSignal) =>
    get<WorkbenchData>(`${base(kind, id)}/workbench`, signal),
  check: (kind: WorkKind, id: string, rows: string[], uiLanguage: string, signal?: AbortSignal) =>
    api<Checks>('POST', `${base(kind, id)}/checks`, {
      // Screening messages come in the volunteer's language where the server has it.
      body: { rows, ...(UI.includes(uiLanguage) ? { uiLanguage } : {}) },
      ...(signal ? { signal } : {}),
    }),
  save: (kind: WorkKind, id: string, rows: string[], submit: boolean, engine?: string) =>
    api<{ status: string }>('PUT', `${base(kind, id)}/workbench`, {
      body: { rows, submit, ...(engine ? { engine } : {}) },
    }),
};
