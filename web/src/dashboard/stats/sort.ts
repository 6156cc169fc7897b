/** Filtering and sorting the statistics table: pure, so the screen only keeps the choice. */
import type { FacilityDeliveryStats } from '../../../../shared/api/stats';

/** The columns the table sorts by. */
export const SORT_KEYS = [
  'shortName',
  'region',
  'sent',
  'delivered',
  'stopped',
  'rate',
  'medianDaysToDelivery',
  'medianDaysToReply',
] as const;

/** A sortable column. */
export type SortKey = (typeof SORT_KEYS)[number];

/** Which way a column is sorted. */
export type Direction = 'ascending' | 'descending';

/** Delivered of sent, 0..1; null before anything was sent. */
export function deliveryRate(row: Pick<FacilityDeliveryStats, 'sent' | 'delivered'>): number | null {
  return row.sent > 0 ? row.delivered / row.sent : null;
}

const valueOf = (row: FacilityDeliveryStats, key: SortKey): string | number | null =>
  key === 'rate' ? deliveryRate(row) : row[key];

/** Rows whose name (short or official) or region contains `text`, case-insensitively. */
export function filterRows<T extends FacilityDeliveryStats>(rows: readonly T[], text: string): T[] {
  const needle = text.trim().toLocaleLowerCase();
  if (!needle) return [...rows];
  return rows.filter((row) =>
    [row.shortName, row.officialName, row.region].some((v) => v.toLocaleLowerCase().includes(needle)),
  );
}

/**
 * Rows sorted by `key`; names by the UI language's collation. Missing medians go last whichever
 * way the column is sorted, so "no data yet" never heads the table.
 */
export function sortRows<T extends FacilityDeliveryStats>(
  rows: readonly T[],
  key: SortKey,
  direction: Direction,
  locale: string,
): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a, key);
    const y = valueOf(b, key);
    if (x === null || y === null) {
      if (x === y) return collator.compare(a.shortName, b.shortName);
      return x === null ? 1 : -1;
    }
    const order = typeof x === 'string' ? collator.compare(x, String(y)) : x - Number(y);
    return order * sign || collator.compare(a.shortName, b.shortName);
  });
}
