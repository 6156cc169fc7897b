/**
 * The common shape every prisoner list format is read into before it is written, and the small
 * readers formats share (dates, lists). A format reader returns inputs for the good rows and a
 * problem (line number and reason) for each bad one.
 */
import type { CriminalArticle } from '../../db/schema/prisoners';
import type { FacilityRecord } from '../facilities/record';
import type { RowProblem } from '../facilities/registry-csv';
import type { SplitName } from '../names/split';
import type { PrisonerStatus } from '../prisoners/status';

/** Where a person is held: a name to match against the registry, or a facility record to create. */
export type FacilityRef = { text: string; regionHint?: string } | { record: FacilityRecord };

/**
 * One person as a source describes them. `undefined` means "the source does not say" (the stored
 * value is kept); a value, even empty, replaces it.
 */
export interface PrisonerInput {
  /** Line (CSV) or record number (JSON) in the source file, for reports. */
  line: number;
  source: string;
  sourceId?: string;
  country: 'RU' | 'BY';
  fullName: string;
  name: SplitName;
  /** Latin spellings the source itself uses. */
  latinNames: string[];
  birthDate?: string;
  birthYear?: number;
  status?: PrisonerStatus;
  /** null: the source says the person is at no facility (released, say). */
  facility?: FacilityRef | null;
  articles?: CriminalArticle[];
  articlesRaw?: string;
  sentence?: string;
  arrestedOn?: string;
  releasedOn?: string;
  interests?: string[];
  languages?: string[];
  /** Case summaries by language (ISO 639-1). */
  summaries?: Record<string, string>;
  consentToList?: boolean;
}

/** A parsed file: inputs for good rows, problems for bad ones. */
export interface ParsedPrisoners {
  inputs: PrisonerInput[];
  problems: RowProblem[];
  /** Whether people from this source are listed publicly when first imported. */
  defaultConsent: boolean;
}

/** Date formats lists use. */
export type DateFormat = 'YYYY-MM-DD' | 'DD.MM.YYYY' | 'M/D/YYYY';

/**
 * Reads a date; throws with a readable reason when it is not a real calendar date.
 * @example parseDate('5/17/1996', 'M/D/YYYY') === '1996-05-17'
 */
export function parseDate(text: string, format: DateFormat): string {
  const t = text.trim();
  const parts =
    format === 'YYYY-MM-DD'
      ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(t)?.slice(1)
      : format === 'DD.MM.YYYY'
        ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(t)?.slice(1).reverse()
        : (() => {
            const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(t);
            return m ? [m[3]!, m[1]!, m[2]!] : undefined;
          })();
  if (!parts) throw new Error(`"${t}" is not a date in the form ${format}`);
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new Error(`"${t}" is not a real date`);
  }
  if (y < 1900 || date.getTime() > Date.now()) throw new Error(`"${t}" is out of range`);
  return date.toISOString().slice(0, 10);
}

/** Reads a birth year; throws when it is not a plausible one. */
export function parseYear(text: string): number {
  const y = Number(text.trim());
  if (!Number.isInteger(y) || y < 1900 || y > new Date().getUTCFullYear()) {
    throw new Error(`"${text.trim()}" is not a birth year`);
  }
  return y;
}

/** Splits a list cell ("шахматы; книги, история") into trimmed, lower-case, distinct items. */
export function parseList(text: string, separator: RegExp = /[;,]/u): string[] {
  return [
    ...new Set(
      text
        .split(separator)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}
