/**
 * The workbench's calls. The shapes the server answers are typed once, in shared/api/workbench.ts
 * (and the screening flags in shared/api/screening.ts), for the server that builds them and for us.
 */
import type * as Wire from '../../../../shared/api/workbench';
import type { TextSegment } from '../../../../shared/api/workbench';
import { UI_LANGUAGES } from '../../../../shared/limits';
import { api, get } from '../../api/client';

export type { ScreeningFlag } from '../../../../shared/api/screening';
export type {
  CheckIssue,
  Draft,
  GlossaryTerm,
  Paragraph,
  SpellIssue,
} from '../../../../shared/api/workbench';
/** A sentence of the source with its offsets. */
export type Segment = TextSegment;

const UI: readonly string[] = UI_LANGUAGES;

/** Letters go into Russian, replies come out of it. */
export type WorkKind = 'letters' | 'replies';

/** What the workbench opens with. */
export type WorkbenchData = Wire.WorkbenchData;
/** What the checks found for the current rows; offsets are into `text`. */
export type Checks = Wire.WorkbenchChecks;

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
