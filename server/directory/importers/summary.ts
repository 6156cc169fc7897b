/**
 * Plain-text summaries of import reports for the command line: counts first, then every skipped
 * row with its line and reason, then the changes (the diff of a dry run). Long sections are cut
 * after `limit` entries with a count of the rest.
 */
import type { FacilityImportReport, FieldChanges } from './facilities';
import type { FsinPismoReport } from './fsin-pismo';
import type { PrisonerImportReport } from './prisoners';

function show(value: unknown, names?: Map<string, string>): string {
  if (typeof value === 'string' && names?.has(value)) return names.get(value)!;
  if (value === null || value === undefined) return '∅';
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function fields(changes: FieldChanges, names?: Map<string, string>): string[] {
  return Object.entries(changes).map(
    ([field, c]) => `      ${field}: ${show(c.from, names)} → ${show(c.to, names)}`,
  );
}

function section<T>(title: string, items: T[], line: (item: T) => string[], limit: number): string[] {
  if (items.length === 0) return [];
  const out = [`${title} (${items.length}):`];
  for (const item of items.slice(0, limit)) out.push(...line(item));
  if (items.length > limit) out.push(`  ... and ${items.length - limit} more`);
  return out;
}

function pick(changes: FieldChanges, keys: string[]): FieldChanges {
  return Object.fromEntries(Object.entries(changes).filter(([key]) => keys.includes(key)));
}

const mode = (dryRun: boolean) => (dryRun ? ' (dry run: nothing written)' : '');

/** The summary of `import facilities`. */
export function facilitySummary(r: FacilityImportReport, limit = 100): string {
  return [
    `Facilities${mode(r.dryRun)}: ${r.inserted.length} inserted, ${r.updated.length} updated, ${r.unchanged} unchanged, ${r.problems.length} skipped.`,
    ...section('Skipped', r.problems, (p) => [`  line ${p.line}: ${p.reason}`], limit),
    ...section(
      'Updated',
      r.updated,
      (u) => [`  line ${u.line}: ${u.officialName}`, ...fields(u.changes)],
      limit,
    ),
    ...section('Inserted', r.inserted, (i) => [`  line ${i.line}: ${i.officialName}`], r.dryRun ? limit : 0),
    ...section('No longer in the file (kept)', r.missingFromSource, (name) => [`  ${name}`], limit),
  ].join('\n');
}

/** The summary of `import fsin-pismo`. */
export function fsinPismoSummary(r: FsinPismoReport, limit = 100): string {
  const count = (change: string) => r.connected.filter((c) => c.change === change).length;
  return [
    `ФСИН-Письмо${mode(r.dryRun)}: ${r.departments} departments; ${r.connected.length} facilities connected ` +
      `(${count('new')} new, ${count('updated')} updated, ${count('unchanged')} unchanged), ` +
      `${r.unmatched.length} not matched, ${r.disconnected.length} no longer listed.`,
    ...section('Not matched', r.unmatched, (u) => [`  ${u.region} / ${u.name}: ${u.reason}`], limit),
    ...section('No longer listed (marked unavailable)', r.disconnected, (name) => [`  ${name}`], limit),
    ...section(
      'Connected (new or changed)',
      r.connected.filter((c) => c.change !== 'unchanged'),
      (c) => [`  ${c.name} → ${c.officialName}`],
      limit,
    ),
  ].join('\n');
}

/** The summary of `import prisoners`; `facilityNames` turns facility ids in the diff into names. */
export function prisonerSummary(
  r: PrisonerImportReport,
  facilityNames?: Map<string, string>,
  limit = 100,
): string {
  const head = r.aborted
    ? `Prisoners: nothing written — ${r.aborted}.`
    : `Prisoners${mode(r.dryRun)}: ${r.inserted} inserted, ${r.updated} updated, ${r.unchanged} unchanged, ` +
      `${r.skipped.length} skipped, ${r.merged.length} merged, ${r.transfers.length} transfers.`;
  const lines = (ls: number[]) => `line${ls.length > 1 ? 's' : ''} ${ls.join(', ')}`;
  return [
    head,
    ...section('Skipped', r.skipped, (p) => [`  line ${p.line}: ${p.reason}`], limit),
    ...section('Warnings', r.warnings, (p) => [`  line ${p.line}: ${p.reason}`], limit),
    ...section('Merged with a known person', r.merged, (m) => [`  line ${m.line}: ${m.how}`], limit),
    ...section(
      'Transfers',
      r.transfers,
      (t) => [
        `  ${show(t.fromFacilityId, facilityNames)} → ${show(t.toFacilityId, facilityNames)} (${t.prisonerId})`,
      ],
      limit,
    ),
    ...section(
      r.dryRun ? 'Changes' : 'Updated',
      r.changes.filter((c) => r.dryRun || c.action === 'update'),
      (c) => [
        `  ${c.action === 'insert' ? '+' : '~'} ${lines(c.lines)}: ${c.fullName}`,
        // A new person's every field is new; the status and the facility say enough.
        ...fields(
          c.action === 'insert' ? pick(c.changes, ['status', 'facilityId']) : c.changes,
          facilityNames,
        ),
      ],
      limit,
    ),
  ].join('\n');
}
