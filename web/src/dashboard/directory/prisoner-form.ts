/**
 * The prisoner form's values from a record, and the edit to send: only the fields the coordinator
 * changed, with the record's version, so a save touches nothing else and a stale form is refused.
 */
import type { PrisonerEdit, PrisonerRecord } from './api';
import { listOf, type PrisonerFormValues } from './validation';

/** The form's starting values. */
export function formValues(r: PrisonerRecord): PrisonerFormValues {
  return {
    surname: r.surname,
    givenName: r.givenName,
    patronymic: r.patronymic,
    latinNames: r.latinNames.join('\n'),
    recipientDative: r.recipientDative ?? '',
    gender: r.gender,
    birthDate: r.birthDate ?? '',
    birthYear: r.birthYear === null ? '' : String(r.birthYear),
    status: r.status,
    articlesRaw: r.articlesRaw ?? '',
    sentence: r.sentence ?? '',
    arrestedOn: r.arrestedOn ?? '',
    releasedOn: r.releasedOn ?? '',
    interests: r.interests.join(', '),
    languages: r.languages.join(' '),
    summaries: { ...r.summaries },
    consentToList: r.consentToList,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** The changed fields of `v` against `r`, with `version`; only `version` when nothing changed. */
export function editFrom(r: PrisonerRecord, v: PrisonerFormValues): PrisonerEdit {
  const edit: PrisonerEdit = { version: r.version };
  const put = <K extends keyof PrisonerEdit>(key: K, value: PrisonerEdit[K], before: unknown) => {
    if (!same(value, before)) edit[key] = value;
  };
  put('surname', v.surname.trim(), r.surname);
  put('givenName', v.givenName.trim(), r.givenName);
  put('patronymic', v.patronymic.trim(), r.patronymic);
  put('latinNames', listOf(v.latinNames, /\n/u), r.latinNames);
  put('recipientDative', orNull(v.recipientDative), r.recipientDative);
  put('gender', v.gender, r.gender);
  put('birthDate', orNull(v.birthDate), r.birthDate);
  // A birth date carries its year; the year field counts only without one.
  if (!v.birthDate) put('birthYear', v.birthYear.trim() ? Number(v.birthYear) : null, r.birthYear);
  put('status', v.status, r.status);
  put('articlesRaw', orNull(v.articlesRaw), r.articlesRaw);
  put('sentence', orNull(v.sentence), r.sentence);
  put('arrestedOn', orNull(v.arrestedOn), r.arrestedOn);
  put('releasedOn', orNull(v.releasedOn), r.releasedOn);
  put(
    'interests',
    listOf(v.interests, /,/u).map((i) => i.toLowerCase()),
    r.interests,
  );
  put(
    'languages',
    listOf(v.languages, /[\s,]+/u).map((l) => l.toLowerCase()),
    r.languages,
  );
  const summaries: Record<string, string> = {};
  for (const [language, text] of Object.entries(v.summaries)) {
    if ((r.summaries[language] ?? '') !== text.trim()) summaries[language] = text.trim();
  }
  if (Object.keys(summaries).length > 0) edit.summaries = summaries;
  put('consentToList', v.consentToList, r.consentToList);
  return edit;
}

/** The number of changed fields in an edit (its version aside). */
export function changeCount(edit: PrisonerEdit): number {
  return Object.keys(edit).filter((k) => k !== 'version').length;
}
