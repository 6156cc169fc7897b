/**
 * One batch of a prisoner import, inside one transaction: resolve facilities, recognise known
 * people (by source id, then by name key and birth), apply the rows, write inserts and updates
 * in bulk, record facility history, and raise a 'prisoner-transferred' job for every transfer.
 */
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import {
  facilities,
  facilityChannels,
  prisonerFacilityHistory,
  prisoners,
  prisonerSourceIds,
  prisonerSummaries,
} from '../../db/schema';
import { randomUUID } from 'node:crypto';
import { enqueueJob } from '../../jobs/queue';
import type { FacilityMatcher } from '../facilities/match';
import type { FacilityRecord } from '../facilities/record';
import type { RowProblem } from '../facilities/registry-csv';
import { facilitySearchText } from '../facilities/search-text';
import { nameKey, sameBirth } from '../prisoners/identity';
import { bulkInsert, type BulkColumn } from './bulk-insert';
import type { FieldChanges } from './facilities';
import type { PrisonerInput } from './prisoner-input';
import {
  diffPrisonerValues,
  mergePrisonerValues,
  newPrisonerValues,
  type PrisonerValues,
} from './prisoner-values';

/** The job raised when a person is moved out of a known facility. */
export const PRISONER_TRANSFERRED_JOB = 'prisoner-transferred';

/** A move out of a known facility: to another one, or to one the source names but we cannot place. */
export interface Transfer {
  prisonerId: string;
  fromFacilityId: string;
  toFacilityId: string | null;
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

interface Target {
  id?: string;
  before?: PrisonerValues;
  values: PrisonerValues;
  lines: number[];
  sourceIds: { source: string; sourceId: string }[];
  /** A facility the source names but the registry could not place (kept in history as text). */
  facilityText?: string;
}

/** Creates the facilities records describe (Belarus) if missing; returns their ids by source key. */
async function ensureFacilities(tx: Queryable, records: FacilityRecord[]): Promise<Map<string, string>> {
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

type Row = typeof prisoners.$inferSelect;

function valuesOf(row: Row, summaries: Record<string, string>): PrisonerValues {
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
const PRISONER_COLUMNS: BulkColumn[] = [
  ['id', 'uuid'],
  ['slug', 'text'],
  ['country', 'text'],
  ['surname', 'text'],
  ['given_name', 'text'],
  ['patronymic', 'text'],
  ['full_name', 'text'],
  ['latin_names', 'text[]'],
  ['gender', 'text'],
  ['birth_date', 'date'],
  ['birth_year', 'integer'],
  ['status', 'text'],
  ['facility_id', 'uuid'],
  ['articles', 'jsonb'],
  ['articles_raw', 'text'],
  ['sentence', 'text'],
  ['arrested_on', 'date'],
  ['released_on', 'date'],
  ['interests', 'text[]'],
  ['languages', 'text[]'],
  ['consent_to_list', 'boolean'],
  ['source', 'text'],
  ['source_id', 'text'],
  ['name_key', 'text'],
  ['search_names', 'text'],
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

/** Runs one batch. Throws on a database error (the caller's transaction rolls back). */
export async function processBatch(
  tx: Queryable,
  inputs: PrisonerInput[],
  ctx: BatchContext,
): Promise<BatchResult> {
  const result: BatchResult = {
    inserted: 0,
    updated: 0,
    unchanged: 0,
    changes: [],
    merged: [],
    warnings: [],
    transfers: [],
    touched: [],
  };
  const today = ctx.now.toISOString().slice(0, 10);

  // Facilities.
  const records = inputs.flatMap((i) => (i.facility && 'record' in i.facility ? [i.facility.record] : []));
  const recordIds = await ensureFacilities(tx, records);
  const facilityOf = (input: PrisonerInput): { id: string | null | undefined; text?: string } => {
    const ref = input.facility;
    if (ref === undefined || ref === null) return { id: ref };
    if ('record' in ref)
      return { id: recordIds.get(`${ref.record.country}|${ref.record.sourceKey}`) ?? null };
    const m = ctx.matcher.match(ref.text, { regionHint: ref.regionHint, country: input.country });
    if (m.ok) return { id: m.facilityId };
    result.warnings.push({
      line: input.line,
      reason: `facility "${ref.text}" not matched (${m.reason}); kept as text`,
    });
    return { id: undefined, text: ref.text };
  };

  // Known people: by source id, then by name key.
  const withIds = inputs.filter((i) => i.sourceId);
  const idRows = withIds.length
    ? await tx
        .select()
        .from(prisonerSourceIds)
        .where(
          or(
            ...[...new Set(withIds.map((i) => i.source))].map((source) =>
              and(
                eq(prisonerSourceIds.source, source),
                inArray(prisonerSourceIds.sourceId, [
                  ...new Set(withIds.filter((i) => i.source === source).map((i) => i.sourceId!)),
                ]),
              ),
            ),
          ),
        )
    : [];
  const bySourceId = new Map(idRows.map((r) => [`${r.source}:${r.sourceId}`, r.prisonerId]));
  const keys = [...new Set(inputs.map((i) => nameKey(i.fullName)))];
  const knownIds = [...bySourceId.values()];
  const candidateRows = await tx
    .select()
    .from(prisoners)
    .where(
      knownIds.length
        ? or(inArray(prisoners.nameKey, keys), inArray(prisoners.id, knownIds))
        : inArray(prisoners.nameKey, keys),
    );
  const rowsById = new Map(candidateRows.map((r) => [r.id, r]));
  const summaryRows = candidateRows.length
    ? await tx
        .select()
        .from(prisonerSummaries)
        .where(inArray(prisonerSummaries.prisonerId, [...rowsById.keys()]))
    : [];
  const summariesOf = (id: string) =>
    Object.fromEntries(summaryRows.filter((s) => s.prisonerId === id).map((s) => [s.language, s.text]));

  const targets: Target[] = [];
  const byId = new Map<string, Target>();
  // Indexes, so recognising a person costs the same in a batch of 5 or of 5,000.
  const targetsByKey = new Map<string, Set<Target>>();
  const targetsBySourceId = new Map<string, Target>();
  const storedByKey = new Map<string, Row[]>();
  for (const row of candidateRows)
    storedByKey.set(row.nameKey ?? '', [...(storedByKey.get(row.nameKey ?? '') ?? []), row]);
  const track = (target: Target) => {
    const key = target.values.nameKey ?? '';
    if (!targetsByKey.has(key)) targetsByKey.set(key, new Set());
    targetsByKey.get(key)!.add(target);
  };
  const existingTarget = (id: string): Target => {
    let target = byId.get(id);
    if (!target) {
      const before = valuesOf(rowsById.get(id)!, summariesOf(id));
      target = { id, before, values: before, lines: [], sourceIds: [] };
      byId.set(id, target);
      targets.push(target);
      track(target);
    }
    return target;
  };

  for (const input of inputs) {
    const facility = facilityOf(input);
    const key = nameKey(input.fullName);
    const facts = {
      birthDate: input.birthDate ?? null,
      birthYear: input.birthYear ?? null,
      hasPatronymic: Boolean(input.name.patronymic),
    };
    const noBirth = !facts.birthDate && !facts.birthYear;
    const sameAs = (v: PrisonerValues) =>
      v.nameKey === key &&
      (sameBirth(facts, {
        birthDate: v.birthDate,
        birthYear: v.birthYear,
        hasPatronymic: Boolean(v.patronymic),
      }) ||
        // One list naming a person without birth data twice means the same entry.
        (noBirth && !v.birthDate && !v.birthYear && v.source === input.source));
    let target: Target | undefined;
    let how: string | undefined;
    const knownId = input.sourceId ? bySourceId.get(`${input.source}:${input.sourceId}`) : undefined;
    if (knownId && rowsById.has(knownId)) target = existingTarget(knownId);
    else {
      const sameId = input.sourceId ? targetsBySourceId.get(`${input.source}:${input.sourceId}`) : undefined;
      const pending = sameId ? [sameId] : [...(targetsByKey.get(key) ?? [])].filter((t) => sameAs(t.values));
      const stored = (storedByKey.get(key) ?? []).filter((r) => !byId.has(r.id) && sameAs(valuesOf(r, {})));
      if (pending.length + stored.length === 1) {
        target = pending[0] ?? existingTarget(stored[0]!.id);
        const v = target.before ?? target.values;
        const earlierLine = target.lines[0] ?? (target.id ? ctx.seen.get(target.id) : undefined);
        if (earlierLine !== undefined) how = `same person as line ${earlierLine}`;
        else if (v.source !== input.source || (input.sourceId && v.sourceId !== input.sourceId)) {
          how = `same name and birth as ${v.source}${v.sourceId ? ` #${v.sourceId}` : ''}`;
        }
      }
    }
    if (target) {
      target.values = mergePrisonerValues(target.values, input, facility.id);
    } else {
      target = {
        values: newPrisonerValues(input, facility.id ?? null, ctx.defaultConsent),
        lines: [],
        sourceIds: [],
      };
      targets.push(target);
    }
    track(target);
    if (input.sourceId) targetsBySourceId.set(`${input.source}:${input.sourceId}`, target);
    if (facility.text && target.values.facilityId === null) target.facilityText = facility.text;
    if (how) result.merged.push({ line: input.line, prisonerId: target.id ?? '', how });
    target.lines.push(input.line);
    if (input.sourceId) target.sourceIds.push({ source: input.source, sourceId: input.sourceId });
  }

  // Split before writing: writeNew gives the new targets their ids.
  const fresh = targets.filter((t) => !t.id);
  const known = targets.filter((t) => t.id);
  await writeNew(tx, fresh, ctx, result);
  await writeExisting(tx, known, ctx, today, result);
  result.touched = targets.map((t) => ({ prisonerId: t.id!, line: t.lines[0]! }));
  await bulkInsert(
    tx,
    'prisoner_source_ids',
    [
      ['source', 'text'],
      ['source_id', 'text'],
      ['prisoner_id', 'uuid'],
    ],
    targets.flatMap((t) =>
      t.sourceIds.map((s) => ({ source: s.source, source_id: s.sourceId, prisoner_id: t.id })),
    ),
    { onConflictDoNothing: true },
  );
  return result;
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

async function writeNew(
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

async function writeExisting(
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
      if (from && IN_CUSTODY.has(t.values.status)) {
        const transfer = { prisonerId: id, fromFacilityId: from, toFacilityId: to };
        result.transfers.push(transfer);
        await enqueueJob(tx, PRISONER_TRANSFERRED_JOB, transfer);
      }
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
