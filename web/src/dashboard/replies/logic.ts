/**
 * Pure rules of the reply screens: which dropped files may be uploaded (the server checks every
 * byte again; this only spares a volunteer a refused upload), zoom steps of the scan viewer, and
 * whether the transcription box still holds the machine draft. A typed reference code is read by
 * shared/ref-code.ts, as the server reads it.
 */
import { MAX_UPLOAD_BYTES } from '../../../../shared/limits';

/** Most files in one reply (server/replies/upload-files.ts MAX_FILES_PER_REPLY). */
export const MAX_REPLY_FILES = 20;

/**
 * The whole upload is one request, and the server limits a multipart request to this many bytes
 * (server/http/app.ts), so the pages of one reply together must fit.
 */
export const MAX_INTAKE_BYTES = MAX_UPLOAD_BYTES;

/** Why a file was not taken. */
export type RefusedReason = 'type' | 'tooLarge' | 'tooMany' | 'total';

/** What a drop or file choice adds. */
export interface FileChoice {
  accepted: File[];
  refused: { name: string; reason: RefusedReason }[];
}

const TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
const EXTENSIONS = /\.(jpe?g|png|pdf)$/i;

/** True for a file that may be a JPEG, PNG or PDF (by the browser's type, or its name when it has none). */
export function isReplyFileType(file: Pick<File, 'type' | 'name'>): boolean {
  return file.type ? TYPES.includes(file.type) : EXTENSIONS.test(file.name);
}

/** Adds `added` to the files already chosen, in order, refusing what the server would refuse. */
export function chooseFiles(current: readonly File[], added: readonly File[]): FileChoice {
  const accepted: File[] = [];
  const refused: FileChoice['refused'] = [];
  let total = current.reduce((sum, f) => sum + f.size, 0);
  for (const file of added) {
    let reason: RefusedReason | undefined;
    if (!isReplyFileType(file)) reason = 'type';
    else if (file.size > MAX_UPLOAD_BYTES) reason = 'tooLarge';
    else if (current.length + accepted.length >= MAX_REPLY_FILES) reason = 'tooMany';
    else if (total + file.size > MAX_INTAKE_BYTES) reason = 'total';
    if (reason) refused.push({ name: file.name, reason });
    else {
      accepted.push(file);
      total += file.size;
    }
  }
  return { accepted, refused };
}

/** Moves item `from` of `list` one place up (-1) or down (+1); pages of a letter come in order. */
export function moveItem<T>(list: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  [copy[from], copy[to]] = [copy[to]!, copy[from]!];
  return copy;
}

/** Zoom steps of the scan viewer; 1 is "fit the width". */
export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4] as const;

/** The next zoom step from `zoom` in direction `by`, staying within the steps. */
export function stepZoom(zoom: number, by: -1 | 1): number {
  const index = ZOOM_STEPS.findIndex((z) => z >= zoom - 1e-9);
  const here = index === -1 ? ZOOM_STEPS.length - 1 : index;
  const exact = Math.abs(ZOOM_STEPS[here]! - zoom) < 1e-9;
  const next = by === 1 ? (exact ? here + 1 : here) : here - 1;
  return ZOOM_STEPS[Math.min(Math.max(next, 0), ZOOM_STEPS.length - 1)]!;
}

/** Byte counts in the UI language's units ("820 kB", "3.4 MB", "20 КБ"). */
export function fileSize(bytes: number, language: string): string {
  const mb = bytes / (1024 * 1024);
  const unit = mb >= 1 ? 'megabyte' : 'kilobyte';
  const value = mb >= 1 ? mb : Math.max(1, Math.round(bytes / 1024));
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    maximumFractionDigits: mb < 10 ? 1 : 0,
  }).format(value);
}

/**
 * True while the transcription box holds the machine draft word for word (apart from spacing at
 * the ends): what the volunteer would send has not been checked by a person yet.
 */
export function isUncheckedDraft(text: string, ocrDraft: string | null | undefined): boolean {
  return Boolean(ocrDraft) && text.trim() === ocrDraft!.trim();
}

/** The text the transcription box opens with: the saved transcription, else the machine draft. */
export function initialTranscription(view: {
  transcription: string | null;
  ocrDraft: { text: string } | null;
}): string {
  return view.transcription ?? view.ocrDraft?.text ?? '';
}

/** True while the machine reading may still come: there are scans and no OCR run is recorded. */
export function ocrPending(view: {
  files: readonly unknown[];
  ocrDraft: unknown;
  transcription: string | null;
  history: readonly { name: string }[];
}): boolean {
  return (
    view.files.length > 0 &&
    view.ocrDraft === null &&
    view.transcription === null &&
    !view.history.some((e) => e.name === 'ocr_draft')
  );
}
