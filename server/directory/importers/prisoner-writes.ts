/**
 * The writing half of a prisoner import batch: new people in bulk (one JSON statement per table),
 * known people updated field by field with their facility history, transfers raised as jobs in
 * the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import {
  facilities,
  facilityChannels,
  prisonerFacilityHistory,
  prisoners,
  prisonerSummaries,
} from '../../db/schema';
import { PRISONER_CUSTODY_CHANGED_JOB, PRISONER_TRANSFERRED_JOB } from '../../delivery/jobs';
import { enqueueJob } from '../../jobs/queue';
import type { FacilityMatcher } from '../facilities/match';
import type { FacilityRecord } from '../facilities/record';
import type { RowProblem } from '../facilities/registry-csv';
import { facilitySearchText } from '../facilities/search-text';
import { bulkInsert, type BulkColumn } from './bulk-insert';
import type { FieldChanges } from './facilities';
import { diffPrisonerValues, type PrisonerValues } from './prisoner-values';

/**
 * A person who is held now arrived at a known facility: from another one, or from none known
 * (`fromFacilityId` null), e.g. after a transfer whose destination only a later list named. The
 * payload of the 'prisoner-transferred' job (server/delivery/jobs.ts re-routes letters on it).
 */
export interface Transfer {
  prisonerId: string;
  fromFacilityId: string | null;
  toFacilityId: string;
}

/** One row of the import's diff. */
export interface PrisonerChange {
  lines: number[];
  action: 'insert' | 'update';
  prisonerId: string;
  fullName: string;
  changes: FieldChanges;
}

/** What one committed batch did. */
export interface BatchResult {
  inserted: number;
  updated: number;
  unchanged: number;
  changes: PrisonerChange[];
  merged: { line: number; prisonerId: string; how: string }[];
  warnings: RowProblem[];
  transfers: Transfer[];
  /** Every person this batch wrote or matched, with the first line that named them. */
  touched: { prisonerId: string; line: number }[];
}

/** Shared by every batch of one import. */
export interface BatchContext {
  matcher: FacilityMatcher;
  defaultConsent: boolean;
  now: Date;
  /** People earlier batches of this import already named, with the line (to report repeats). */
  seen: Map<string, number>;
}

const IN_CUSTODY = new Set(['pre_trial', 'convicted', 'in_transit']);

/** One person a batch writes: a known row (with its values before) or a new one. */
export interface Target {
  id?: string;
  before?: PrisonerValues;
  values: PrisonerValues;
  lines: number[];
  sourceIds: { source: string; sourceId: string }[];
  /** A facility the source names but the registry could not place (kept in history as text). */
  facilityText?: string;
}

/** Creates the facilities records describe (Belarus) if missing; returns their ids by source key. */
export async function ensureFacilities(
  tx: Queryable,
  records: FacilityRecord[],
): Promise<Map<string, string>> {
  const unique = [...new Map(records.map((r) => [`${r.country}|${r.sourceKey}`, r])).values()];
  const ids = new Map<string, string>();
  if (unique.length === 0) return ids;
  const inserted = await tx
    .insert(facilities)
    .values(unique.map((r) => ({ ...r, searchText: facilitySearchText(r) })))
    .onConflictDoNothing()
    .returning({ id: facilities.id });
  if (inserted.length > 0) {
    await tx
      .insert(facilityChannels)
      .values(inserted.map(({ id }) => ({ facilityId: id, channel: 'post' })))
      .onConflictDoNothing();
  }
  const rows = await tx
    .select({ id: facilities.id, country: facilities.country, sourceKey: facilities.sourceKey })
    .from(facilities)
    .where(
      inArray(
        facilities.sourceKey,
        unique.map((r) => r.sourceKey),
      ),
    );
  for (const row of rows) ids.set(`${row.country}|${row.sourceKey}`, row.id);
  return ids;
}

/** A stored prisoner row. */
export type Row = typeof prisoners.$inferSelect;

/** The values of a stored row, summaries included. */
export function valuesOf(row: Row, summaries: Record<string, string>): PrisonerValues {
  return {
    slug: row.slug,
    country: row.country,
    surname: row.surname,
    givenName: row.givenName,
    patronymic: row.patronymic,
    fullName: row.fullName,
    latinNames: row.latinNames,
    gender: row.gender,
    birthDate: row.birthDate,
    birthYear: row.birthYear,
    status: row.status,
    facilityId: row.facilityId,
    articles: row.articles,
    articlesRaw: row.articlesRaw,
    sentence: row.sentence,
    arrestedOn: row.arrestedOn,
    releasedOn: row.releasedOn,
    interests: row.interests,
    languages: row.languages,
    consentToList: row.consentToList,
    source: row.source,
    sourceId: row.sourceId,
    nameKey: row.nameKey,
    searchNames: row.searchNames,
    summaries,
  };
}

function columns(v: PrisonerValues) {
  const { summaries: _summaries, ...row } = v;
  return row;
}

/** The columns a new prisoner row is written with (the rest take their defaults). */
// prettier-ignore
const PRISONER_COLUMNS: BulkColumn[] = [
  ['id', 'uuid'], ['slug', 'text'], ['country', 'text'], ['surname', 'text'], ['given_name', 'text'],
  ['patronymic', 'text'], ['full_name', 'text'], ['latin_names', 'text[]'], ['gender', 'text'], ['birth_date', 'date'],
  ['birth_year', 'integer'], ['status', 'text'], ['facility_id', 'uuid'], ['articles', 'jsonb'], ['articles_raw', 'text'],
  ['sentence', 'text'], ['arrested_on', 'date'], ['released_on', 'date'], ['interests', 'text[]'], ['languages', 'text[]'],
  ['consent_to_list', 'boolean'], ['source', 'text'], ['source_id', 'text'], ['name_key', 'text'], ['search_names', 'text'],
  ['last_synced_at', 'timestamptz'],
];

function prisonerRow(id: string, v: PrisonerValues, now: Date): Record<string, unknown> {
  return {
    id,
    slug: v.slug,
    country: v.country,
    surname: v.surname,
    given_name: v.givenName,
    patronymic: v.patronymic,
    full_name: v.fullName,
    latin_names: v.latinNames,
    gender: v.gender,
    birth_date: v.birthDate,
    birth_year: v.birthYear,
    status: v.status,
    facility_id: v.facilityId,
    articles: v.articles,
    articles_raw: v.articlesRaw,
    sentence: v.sentence,
    arrested_on: v.arrestedOn,
    released_on: v.releasedOn,
    interests: v.interests,
    languages: v.languages,
    consent_to_list: v.consentToList,
    source: v.source,
    source_id: v.sourceId,
    name_key: v.nameKey,
    search_names: v.searchNames,
    last_synced_at: now.toISOString(),
  };
}

async function uniqueSlugs(tx: Queryable, targets: Target[]): Promise<void> {
  const wanted = targets.map((t) => t.values.slug);
  const taken = new Set(
    wanted.length
      ? (
          await tx.select({ slug: prisoners.slug }).from(prisoners).where(inArray(prisoners.slug, wanted))
        ).map((r) => r.slug)
      : [],
  );
  for (const t of targets) {
    let slug = t.values.slug;
    for (let n = 2; taken.has(slug); n++) slug = `${t.values.slug}-${n}`;
    taken.add(slug);
    t.values = { ...t.values, slug };
  }
}

/** Inserts new people with their summaries, first history row and source ids. */
export async function writeNew(
  tx: Queryable,
  targets: Target[],
  ctx: BatchContext,
  result: BatchResult,
): Promise<void> {
  if (targets.length === 0) return;
  await uniqueSlugs(tx, targets);
  // Ids are made here, so the rows that follow need no RETURNING matched back by position.
  for (const t of targets) t.id = randomUUID();
  await bulkInsert(
    tx,
    'prisoners',
    PRISONER_COLUMNS,
    targets.map((t) => prisonerRow(t.id!, t.values, ctx.now)),
  );
  await bulkInsert(
    tx,
    'prisoner_summaries',
    [
      ['prisoner_id', 'uuid'],
      ['language', 'text'],
      ['text', 'text'],
    ],
    targets.flatMap((t) =>
      Object.entries(t.values.summaries).map(([language, text]) => ({ prisoner_id: t.id, language, text })),
    ),
  );
  await bulkInsert(
    tx,
    'prisoner_facility_history',
    [
      ['prisoner_id', 'uuid'],
      ['facility_id', 'uuid'],
      ['facility_text', 'text'],
      ['source', 'text'],
    ],
    targets
      .filter((t) => t.values.facilityId || t.facilityText)
      .map((t) => ({
        prisoner_id: t.id,
        facility_id: t.values.facilityId,
        facility_text: t.facilityText ?? null,
        source: t.values.source,
      })),
  );
  for (const t of targets) {
    result.inserted += 1;
    result.changes.push({
      lines: t.lines,
      action: 'insert',
      prisonerId: t.id!,
      fullName: t.values.fullName,
      changes: diffPrisonerValues(undefined, t.values),
    });
  }
  for (const m of result.merged)
    if (!m.prisonerId) m.prisonerId = targets.find((t) => t.lines.includes(m.line))?.id ?? '';
}

/** Updates known people that changed, records moves in the history and raises transfer jobs. */
export async function writeExisting(
  tx: Queryable,
  targets: Target[],
  ctx: BatchContext,
  today: string,
  result: BatchResult,
): Promise<void> {
  const unchanged: string[] = [];
  for (const t of targets) {
    const id = t.id!;
    const changes = diffPrisonerValues(t.before, t.values);
    const derivedChanged =
      t.before!.nameKey !== t.values.nameKey || t.before!.searchNames !== t.values.searchNames;
    if (Object.keys(changes).length === 0 && !derivedChanged) {
      unchanged.push(id);
      result.unchanged += 1;
      continue;
    }
    await tx
      .update(prisoners)
      .set({ ...columns(t.values), updatedAt: ctx.now, lastSyncedAt: ctx.now })
      .where(eq(prisoners.id, id));
    for (const [language, text] of Object.entries(t.values.summaries)) {
      if (t.before!.summaries[language] === text) continue;
      await tx
        .insert(prisonerSummaries)
        .values({ prisonerId: id, language, text })
        .onConflictDoUpdate({
          target: [prisonerSummaries.prisonerId, prisonerSummaries.language],
          set: { text, updatedAt: ctx.now },
        });
    }
    const from = t.before!.facilityId;
    const to = t.values.facilityId;
    if (from !== to) {
      await tx
        .update(prisonerFacilityHistory)
        .set({ leftOn: today })
        .where(and(eq(prisonerFacilityHistory.prisonerId, id), isNull(prisonerFacilityHistory.leftOn)));
      if (to || t.facilityText) {
        await tx.insert(prisonerFacilityHistory).values({
          prisonerId: id,
          facilityId: to,
          facilityText: t.facilityText ?? null,
          arrivedOn: today,
          source: t.values.source,
        });
      }
      // Letters follow a person to a known place; a move to nowhere known leaves them where they are.
      if (to && IN_CUSTODY.has(t.values.status)) {
        const transfer: Transfer = { prisonerId: id, fromFacilityId: from, toFacilityId: to };
        result.transfers.push(transfer);
        await enqueueJob(tx, PRISONER_TRANSFERRED_JOB, transfer);
      }
    }
    if (t.before!.status !== t.values.status || (from !== to && to && IN_CUSTODY.has(t.values.status))) {
      await enqueueJob(tx, PRISONER_CUSTODY_CHANGED_JOB, { prisonerId: id });
    }
    result.updated += 1;
    result.changes.push({
      lines: t.lines,
      action: 'update',
      prisonerId: id,
      fullName: t.values.fullName,
      changes,
    });
  }
  if (unchanged.length > 0)
    await tx.update(prisoners).set({ lastSyncedAt: ctx.now }).where(inArray(prisoners.id, unchanged));
}
