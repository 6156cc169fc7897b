/**
 * Field checks the directory forms run before saving (the server checks the same again), and the
 * server's refusals mapped back onto the fields they name. Errors are catalog keys under
 * `errors.`, or the server's own sentence when it refused something the form did not foresee.
 */
import { ApiError } from '../../api/client';

/** Field name → error: `{ key }` (a catalog key) or `{ text }` (the server's sentence). */
export type FieldErrors = Record<string, { key: string } | { text: string }>;

const NAME = /^[\p{L}\p{M}][\p{L}\p{M}'’ .()-]*$/u;
/** Latin letters with the diacritics, primes and apostrophes transliterations use (as the server allows). */
const LATIN = /^(?:[A-Za-z\u00C0-\u024F\u02B9\u02BA'’"”`. ()-]|\p{M})+$/u;
const LANGUAGE = /^[a-z]{2}$/u;

/** Today as YYYY-MM-DD (local). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Splits a list typed with commas, spaces or newlines. */
export function listOf(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The prisoner form's values, as typed. */
export interface PrisonerFormValues {
  surname: string;
  givenName: string;
  patronymic: string;
  latinNames: string;
  recipientDative: string;
  gender: string;
  birthDate: string;
  birthYear: string;
  status: string;
  articlesRaw: string;
  sentence: string;
  arrestedOn: string;
  releasedOn: string;
  interests: string;
  languages: string;
  summaries: Record<string, string>;
  consentToList: boolean;
}

/** Checks the prisoner form; empty when it may be sent. */
export function checkPrisoner(v: PrisonerFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!v.surname.trim()) errors.surname = { key: 'required' };
  for (const field of ['surname', 'givenName', 'patronymic'] as const) {
    const value = v[field].trim();
    if (value && !NAME.test(value)) errors[field] = { key: 'letters' };
  }
  if (listOf(v.latinNames, /\n/u).some((s) => !LATIN.test(s))) errors.latinNames = { key: 'latin' };
  const now = today();
  for (const field of ['birthDate', 'arrestedOn', 'releasedOn'] as const) {
    if (v[field] && (v[field] > now || v[field] < '1900-01-01')) errors[field] = { key: 'date' };
  }
  if (v.birthYear.trim()) {
    const year = Number(v.birthYear);
    if (!Number.isInteger(year) || year < 1900 || year > new Date().getFullYear())
      errors.birthYear = { key: 'year' };
    else if (v.birthDate && Number(v.birthDate.slice(0, 4)) !== year)
      errors.birthYear = { key: 'yearMismatch' };
  }
  if (v.arrestedOn && v.releasedOn && v.releasedOn < v.arrestedOn)
    errors.releasedOn = { key: 'releaseBeforeArrest' };
  const languages = listOf(v.languages, /[\s,]+/u);
  if (languages.length === 0) errors.languages = { key: 'languagesEmpty' };
  else if (languages.some((l) => !LANGUAGE.test(l.toLowerCase()))) errors.languages = { key: 'languages' };
  return errors;
}

/** A price typed in roubles → kopecks; null when empty; NaN when not a price. */
export function kopecks(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!t) return null;
  if (!/^\d{1,7}(\.\d{1,2})?$/u.test(t)) return Number.NaN;
  return Math.round(Number(t) * 100);
}

/** Kopecks → the roubles a form shows ("55", "55.50"). */
export function roubles(minor: number | null): string {
  if (minor === null) return '';
  return minor % 100 === 0 ? String(minor / 100) : (minor / 100).toFixed(2);
}

/**
 * The server's `validation_failed` details as field errors (the first segment of each path, or the
 * whole path for nested rows such as `channels.0.priceMinor`). Undefined for other errors.
 */
export function serverFieldErrors(error: unknown, nested: readonly string[] = []): FieldErrors | undefined {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed' || !Array.isArray(error.details))
    return undefined;
  const errors: FieldErrors = {};
  for (const detail of error.details as { path?: unknown; message?: unknown }[]) {
    const path = typeof detail.path === 'string' ? detail.path : '';
    const head = path.split('.')[0] ?? '';
    const field = nested.includes(head) ? path : head;
    if (typeof detail.message === 'string' && !errors[field]) errors[field] = { text: detail.message };
  }
  return errors;
}
