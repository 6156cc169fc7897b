/**
 * Where a person in the directory is, and whether a letter can reach them. `canReceiveLetters`
 * is derived from status, facility and consent — never stored, never typed by hand — and exists
 * twice: as a function for code and as a SQL expression for queries; a test keeps them equal.
 */
import { sql, type SQL } from 'drizzle-orm';
import { PRISONER_STATUSES } from '../../../shared/prisoner-status';

export { PRISONER_STATUSES };

/** A prisoner's status. */
export type PrisonerStatus = (typeof PRISONER_STATUSES)[number];

/**
 * Statuses in which the person is held at a known facility that accepts mail. `in_transit` is
 * deliberately absent: a letter sent during a transfer does not follow the person (DOMAIN.md).
 */
export const LETTER_STATUSES: readonly PrisonerStatus[] = ['pre_trial', 'convicted'];

/** True for statuses whose people are out of the write flow for good (records kept for history). */
export function isFinalStatus(status: PrisonerStatus): boolean {
  return status === 'released' || status === 'deceased' || status === 'abroad';
}

/** Why a letter cannot be written to someone now. */
export type LetterBlocker = 'not_listed' | 'status' | 'no_facility';

/** The parts of a prisoner that decide whether letters can reach them. */
export interface LetterEligibility {
  status: string;
  facilityId: string | null;
  consentToList: boolean;
}

/** Every reason letters cannot reach this person now; empty when they can. */
export function letterBlockers(p: LetterEligibility): LetterBlocker[] {
  const blockers: LetterBlocker[] = [];
  if (!p.consentToList) blockers.push('not_listed');
  if (!LETTER_STATUSES.includes(p.status as PrisonerStatus)) blockers.push('status');
  if (!p.facilityId) blockers.push('no_facility');
  return blockers;
}

/** True when a letter can be written to this person now: listed, held, at a known facility. */
export function canReceiveLetters(p: LetterEligibility): boolean {
  return letterBlockers(p).length === 0;
}

/**
 * The same rule in SQL, over the `prisoners` table under `alias` (default "p").
 * @example sql`SELECT p.id FROM prisoners p WHERE ${canReceiveLettersSql()}`
 */
export function canReceiveLettersSql(alias = 'p'): SQL {
  const t = sql.raw(`"${alias.replace(/"/g, '')}"`);
  const statuses = sql.join(
    LETTER_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  return sql`(${t}.consent_to_list AND ${t}.status IN (${statuses}) AND ${t}.facility_id IS NOT NULL)`;
}

const STATUS_WORDS: [RegExp, PrisonerStatus][] = [
  [/умер|умерла|скончал|погиб/iu, 'deceased'],
  [/за\s*границ|за\s*рубеж|эмигрир|уехал/iu, 'abroad'],
  [/домашн\S*\s+арест/iu, 'house_arrest'],
  [
    /освобожд|на свобод|отбыл|подписк\S*\s+о\s+невыезд|запрет\S*\s+определ|ограничени\S*\s+свобод|ушел на сво/iu,
    'released',
  ],
  [/этап/iu, 'in_transit'],
  [/сизо|под страж|арестован|задержан/iu, 'pre_trial'],
  [/колони|тюрьм|лиу|осужд|отбывает|приговор/iu, 'convicted'],
];

/**
 * Reads a status from a list's free text ("Освобожден", "Домашний арест", "Умер", "Находится за
 * границей", "Подписка о невыезде", "Ушел на СВО"). Undefined when nothing is recognised.
 */
export function statusFromText(text: string | undefined | null): PrisonerStatus | undefined {
  const t = (text ?? '').replace(/ё/gu, 'е').trim();
  if (!t) return undefined;
  return STATUS_WORDS.find(([pattern]) => pattern.test(t))?.[1];
}
