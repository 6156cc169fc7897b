/**
 * What a prisoner row becomes when a source row is applied to it: the pure part of the importer.
 * A new person gets every value the source gives; a known person gets what the source says,
 * except that names are only rewritten by the source the record came from (a Latin list must not
 * replace a Cyrillic name), consent is only changed by an explicit consent column, and Latin
 * spellings accumulate.
 */
import type { CriminalArticle } from '../../db/schema/prisoners';
import { latinSpellings, nameKey, prisonerSlug, searchNames } from '../prisoners/identity';
import { isFinalStatus, type PrisonerStatus } from '../prisoners/status';
import type { FieldChanges } from './facilities';
import type { PrisonerInput } from './prisoner-input';

/** The stored values of one person, summaries included. */
export interface PrisonerValues {
  slug: string;
  country: string;
  surname: string;
  givenName: string;
  patronymic: string;
  fullName: string;
  latinNames: string[];
  gender: string;
  birthDate: string | null;
  birthYear: number | null;
  status: string;
  facilityId: string | null;
  articles: CriminalArticle[];
  articlesRaw: string | null;
  sentence: string | null;
  arrestedOn: string | null;
  releasedOn: string | null;
  interests: string[];
  languages: string[];
  consentToList: boolean;
  source: string;
  sourceId: string | null;
  nameKey: string | null;
  searchNames: string;
  summaries: Record<string, string>;
}

/** Fields compared (and shown) in a diff; the derived search columns are left out. */
// prettier-ignore
const DIFFED: (keyof PrisonerValues)[] = [
  'surname', 'givenName', 'patronymic', 'fullName', 'latinNames', 'gender', 'birthDate', 'birthYear', 'status',
  'facilityId', 'articles', 'articlesRaw', 'sentence', 'arrestedOn', 'releasedOn', 'interests', 'languages',
  'consentToList', 'summaries',
];

/** Adds the merge key and the search skeletons: of the name, the source's spellings and aliases. */
function withDerived(
  v: Omit<PrisonerValues, 'nameKey' | 'searchNames'>,
  input: PrisonerInput,
  existing = '',
): PrisonerValues {
  return {
    ...v,
    nameKey: nameKey(v.fullName),
    searchNames: searchNames([v.fullName, input.fullName, ...input.latinNames, ...input.name.aka], existing),
  };
}

/** Values for a person the directory does not know yet. `facilityId` is the resolved facility. */
export function newPrisonerValues(
  input: PrisonerInput,
  facilityId: string | null,
  defaultConsent: boolean,
): PrisonerValues {
  const n = input.name;
  return withDerived(
    {
      slug: prisonerSlug(
        input.fullName,
        input.sourceId
          ? `${input.source}:${input.sourceId}`
          : `${input.fullName}|${input.birthDate ?? input.birthYear ?? ''}`,
      ),
      country: input.country,
      surname: n.surname,
      givenName: n.givenName,
      patronymic: n.patronymic,
      fullName: input.fullName,
      latinNames: latinSpellings(input.fullName, input.latinNames),
      gender: n.gender,
      birthDate: input.birthDate ?? null,
      birthYear: input.birthYear ?? null,
      status: input.status ?? 'unknown',
      facilityId,
      articles: input.articles ?? [],
      articlesRaw: input.articlesRaw ?? null,
      sentence: input.sentence ?? null,
      arrestedOn: input.arrestedOn ?? null,
      releasedOn: input.releasedOn ?? null,
      interests: input.interests ?? [],
      languages: input.languages && input.languages.length > 0 ? input.languages : ['ru'],
      consentToList: input.consentToList ?? defaultConsent,
      source: input.source,
      sourceId: input.sourceId ?? null,
      summaries: { ...(input.summaries ?? {}) },
    },
    input,
  );
}

/**
 * Applies a source row to a known person. `facilityId` is the resolved facility, or undefined when
 * the source says nothing about where the person is.
 */
export function mergePrisonerValues(
  current: PrisonerValues,
  input: PrisonerInput,
  facilityId: string | null | undefined,
): PrisonerValues {
  const owning = current.source === input.source;
  const n = input.name;
  const status: string = input.status ?? current.status;
  let facility = facilityId === undefined ? current.facilityId : facilityId;
  // Out of custody for good: no current facility (history keeps where they were).
  if (facilityId === undefined && isFinalStatus(status as PrisonerStatus)) facility = null;
  const next = {
    ...current,
    surname: owning ? n.surname : current.surname,
    givenName: owning ? n.givenName : current.givenName,
    patronymic: owning ? n.patronymic : current.patronymic,
    fullName: owning ? input.fullName : current.fullName,
    gender:
      current.gender === 'unknown' || owning
        ? n.gender === 'unknown'
          ? current.gender
          : n.gender
        : current.gender,
    latinNames: [...new Set([...current.latinNames, ...latinSpellings(input.fullName, input.latinNames)])],
    birthDate: current.birthDate ?? input.birthDate ?? null,
    birthYear: current.birthYear ?? input.birthYear ?? null,
    status,
    facilityId: facility,
    articles: input.articles ?? current.articles,
    articlesRaw: input.articlesRaw ?? current.articlesRaw,
    sentence: input.sentence ?? current.sentence,
    arrestedOn: input.arrestedOn ?? current.arrestedOn,
    releasedOn: input.releasedOn ?? current.releasedOn,
    interests: input.interests ?? current.interests,
    languages: input.languages && input.languages.length > 0 ? input.languages : current.languages,
    consentToList: input.consentToList ?? current.consentToList,
    summaries: { ...current.summaries, ...(input.summaries ?? {}) },
  };
  return withDerived(next, input, current.searchNames);
}

/** JSON with object keys sorted, so {ru, en} and {en, ru} compare equal. */
function stable(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** The fields that differ between two value sets. */
export function diffPrisonerValues(before: PrisonerValues | undefined, after: PrisonerValues): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of DIFFED) {
    const from = before ? before[field] : null;
    const to = after[field];
    if (stable(from) !== stable(to)) changes[field] = { from: from ?? null, to };
  }
  return changes;
}
