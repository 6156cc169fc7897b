/**
 * One batch of a prisoner import, inside one transaction: resolve facilities, recognise known
 * people (by source id, then by name key and birth), apply the rows, write inserts and updates
 * in bulk, record facility history, and raise a 'prisoner-transferred' job for every transfer.
 */
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { prisoners, prisonerSourceIds, prisonerSummaries } from '../../db/schema';
import { nameKey, sameBirth } from '../prisoners/identity';
import { bulkInsert } from './bulk-insert';
import type { PrisonerInput } from './prisoner-input';
import { mergePrisonerValues, newPrisonerValues, type PrisonerValues } from './prisoner-values';
import {
  ensureFacilities,
  valuesOf,
  writeExisting,
  writeNew,
  type BatchContext,
  type BatchResult,
  type Row,
  type Target,
} from './prisoner-writes';

export { type BatchContext, type BatchResult, type PrisonerChange, type Transfer } from './prisoner-writes';

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
