/**
 * Other groups' lists, in CSV or JSON, read through a column-mapping file that says which column
 * holds what (documented in MAPPING.md beside this folder). The mapping is validated before any
 * row is read, so a typo in it fails the import at once instead of silently importing blanks.
 */
import { z } from 'zod';
import type { RowProblem } from '../../facilities/registry-csv';
import { splitName, type Gender } from '../../names/split';
import { parseArticles } from '../../prisoners/articles';
import { PRISONER_STATUSES, statusFromText, type PrisonerStatus } from '../../prisoners/status';
import { parseDate, parseList, parseYear, type ParsedPrisoners, type PrisonerInput } from '../prisoner-input';
import { readCsvRecords } from './csv';

const FIELDS = [
  'id',
  'fullName',
  'surname',
  'givenName',
  'patronymic',
  'latinName',
  'gender',
  'birthDate',
  'birthYear',
  'status',
  'facility',
  'facilityRegion',
  'articles',
  'sentence',
  'arrestedOn',
  'releasedOn',
  'interests',
  'languages',
  'consent',
] as const;

/** The mapping file. */
export const ColumnMappingSchema = z.strictObject({
  /** Stored as `prisoners.source`; also the namespace of the ids. */
  source: z.string().regex(/^[a-z][a-z0-9_-]{1,40}$/u, 'lower-case letters, digits, - and _'),
  country: z.enum(['RU', 'BY']).default('RU'),
  /** Listed publicly when first imported, unless a consent column says otherwise. */
  defaultConsent: z.boolean().default(false),
  nameOrder: z.enum(['surname-first', 'given-first']).default('surname-first'),
  dateFormat: z.enum(['YYYY-MM-DD', 'DD.MM.YYYY', 'M/D/YYYY']).default('YYYY-MM-DD'),
  /** Separator of list cells (interests, languages). */
  listSeparator: z.string().min(1).default(';'),
  /** Field → column (CSV header, or JSON key; dots reach into nested objects). */
  columns: z
    .strictObject(
      Object.fromEntries(FIELDS.map((f) => [f, z.string().min(1).optional()])) as Record<
        (typeof FIELDS)[number],
        z.ZodOptional<z.ZodString>
      >,
    )
    .refine((c) => c.fullName || c.surname, 'map "fullName" or "surname"'),
  /** Summary columns by language: { "ru": "Описание", "en": "Description" }. */
  summaries: z.record(z.string().regex(/^[a-z]{2}$/u), z.string().min(1)).default({}),
  /** Exact cell values → status, tried before the free-text reading. */
  statusValues: z.record(z.string(), z.enum(PRISONER_STATUSES)).default({}),
  genderValues: z.record(z.string(), z.enum(['male', 'female'])).default({}),
  consentValues: z
    .record(z.string(), z.boolean())
    .default({ yes: true, no: false, да: true, нет: false, true: true, false: false }),
});

/** A validated mapping. */
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

function cell(record: Record<string, unknown>, path: string | undefined): string {
  if (!path) return '';
  let value: unknown = path in record ? record[path] : undefined;
  if (value === undefined) {
    value = path
      .split('.')
      .reduce<unknown>(
        (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
        record,
      );
  }
  if (value === null || value === undefined) return '';
  const one = (v: unknown): string =>
    typeof v === 'string'
      ? v
      : typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : JSON.stringify(v);
  return (Array.isArray(value) ? value.map(one).join('; ') : one(value)).trim();
}

function lookup<T>(values: Record<string, T>, text: string): T | undefined {
  const key = Object.keys(values).find((k) => k.toLowerCase() === text.toLowerCase());
  return key === undefined ? undefined : values[key];
}

function readOne(line: number, record: Record<string, unknown>, m: ColumnMapping): PrisonerInput {
  const c = m.columns;
  const get = (field: keyof typeof c) => cell(record, c[field]);
  const full =
    get('fullName') || [get('surname'), get('givenName'), get('patronymic')].filter(Boolean).join(' ');
  if (!full) throw new Error('no name');
  const genderText = get('gender');
  const sourceGender: Gender | undefined = genderText ? lookup(m.genderValues, genderText) : undefined;
  if (genderText && !sourceGender && Object.keys(m.genderValues).length > 0)
    throw new Error(`unknown gender "${genderText}"`);
  const name =
    c.surname && !c.fullName
      ? {
          ...splitName(full, { order: 'surname-first', gender: sourceGender }),
          surname: get('surname'),
          givenName: get('givenName'),
          patronymic: get('patronymic'),
        }
      : splitName(full, { order: m.nameOrder, gender: sourceGender });
  const birthDate = get('birthDate') ? parseDate(get('birthDate'), m.dateFormat) : undefined;
  const birthYear = get('birthYear')
    ? parseYear(get('birthYear'))
    : birthDate
      ? Number(birthDate.slice(0, 4))
      : undefined;
  const statusText = get('status');
  let status: PrisonerStatus | undefined;
  if (c.status) {
    status = statusText ? (lookup(m.statusValues, statusText) ?? statusFromText(statusText)) : 'unknown';
    if (!status) throw new Error(`unknown status "${statusText}"`);
  }
  const consentText = get('consent');
  const consent = consentText ? lookup(m.consentValues, consentText) : undefined;
  if (consentText && consent === undefined) throw new Error(`unknown consent value "${consentText}"`);
  const separator = new RegExp(`\\s*${m.listSeparator.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s*`, 'u');
  const summaries = Object.fromEntries(
    Object.entries(m.summaries)
      .map(([lang, column]) => [lang, cell(record, column)] as const)
      .filter(([, text]) => text),
  );
  const facilityText = get('facility');
  const articlesRaw = get('articles');
  return {
    line,
    source: m.source,
    sourceId: get('id') || undefined,
    country: m.country,
    fullName: full.replace(/\s+/gu, ' '),
    name,
    latinNames: get('latinName') ? [get('latinName')] : [],
    birthDate,
    birthYear,
    status,
    facility: c.facility
      ? facilityText
        ? { text: facilityText, regionHint: get('facilityRegion') || undefined }
        : null
      : undefined,
    articles: c.articles ? parseArticles(articlesRaw, m.country) : undefined,
    articlesRaw: c.articles ? articlesRaw : undefined,
    sentence: c.sentence ? get('sentence') : undefined,
    arrestedOn: get('arrestedOn') ? parseDate(get('arrestedOn'), m.dateFormat) : undefined,
    releasedOn: get('releasedOn') ? parseDate(get('releasedOn'), m.dateFormat) : undefined,
    interests: c.interests ? parseList(get('interests'), separator) : undefined,
    languages: c.languages ? parseList(get('languages'), separator) : undefined,
    summaries: Object.keys(summaries).length > 0 ? summaries : undefined,
    consentToList: consent,
  };
}

function readAll(
  records: { line: number; record: Record<string, unknown> }[],
  m: ColumnMapping,
): ParsedPrisoners {
  const inputs: PrisonerInput[] = [];
  const problems: RowProblem[] = [];
  for (const { line, record } of records) {
    try {
      inputs.push(readOne(line, record, m));
    } catch (error) {
      problems.push({ line, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { inputs, problems, defaultConsent: m.defaultConsent };
}

/** Reads a CSV list through a mapping. Lines are file lines (the header is line 1). */
export function readMappedCsv(text: string, mapping: ColumnMapping): ParsedPrisoners {
  return readAll(readCsvRecords(text), mapping);
}

/** Reads a JSON list (an array, or `{ "items": [...] }`) through a mapping. Lines are record numbers. */
export function readMappedJson(json: unknown, mapping: ColumnMapping): ParsedPrisoners {
  const items = Array.isArray(json) ? json : (json as { items?: unknown })?.items;
  if (!Array.isArray(items)) {
    return {
      inputs: [],
      problems: [{ line: 0, reason: 'not a JSON array (or an object with "items")' }],
      defaultConsent: mapping.defaultConsent,
    };
  }
  const records = items.map((item: unknown, i) => ({
    line: i + 1,
    record: item && typeof item === 'object' ? (item as Record<string, unknown>) : {},
  }));
  return readAll(records, mapping);
}
