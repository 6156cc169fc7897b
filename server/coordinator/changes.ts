/**
 * Before/after of the fields an edit touched: what the audit row records and what the dashboard
 * shows after saving. Values are compared as JSON with sorted keys, so arrays and objects compare
 * by content.
 */
import type { FieldChanges } from '../directory/importers/facilities';
import { conflict } from '../errors';

export type { FieldChanges };

function stable(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** The fields of `after` that differ from `before` (only the keys `after` has). */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, to] of Object.entries(after)) {
    const from = before[field];
    if (stable(from) !== stable(to)) changes[field] = { from: from ?? null, to: to ?? null };
  }
  return changes;
}

/**
 * Refuses an edit made on an older copy of the record: `version` is the `updatedAt` the form was
 * filled from. Without a version the edit applies to whatever is stored.
 * @throws AppError 409 `<what>_changed`
 */
export function assertVersion(
  what: 'prisoner' | 'facility',
  version: string | undefined,
  updatedAt: Date,
): void {
  if (version === undefined) return;
  if (new Date(version).getTime() !== updatedAt.getTime()) {
    throw conflict(
      `${what}_changed`,
      'Someone else saved changes to this record after you opened it: reload to see them, then edit again.',
    );
  }
}
