/** Dates and numbers in the reader's locale. */
import i18next from 'i18next';

const locale = () => i18next.language || 'en';

/** "12 March 2025" in the UI language. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date =
    typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
  return new Intl.DateTimeFormat(locale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "12 March" (a birthday) in the UI language. */
export function formatDayMonth(value: string): string {
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${value}T00:00:00Z`),
  );
}

/** A number with the locale's grouping. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}

/** Whole years between `from` and today. */
export function yearsSince(from: string): number {
  const start = new Date(`${from.slice(0, 10)}T00:00:00Z`);
  const now = new Date();
  let years = now.getUTCFullYear() - start.getUTCFullYear();
  if (
    now.getUTCMonth() < start.getUTCMonth() ||
    (now.getUTCMonth() === start.getUTCMonth() && now.getUTCDate() < start.getUTCDate())
  )
    years--;
  return Math.max(0, years);
}

/** Whole months between `from` and today (for people held less than a year). */
export function monthsSince(from: string): number {
  const start = new Date(`${from.slice(0, 10)}T00:00:00Z`);
  const now = new Date();
  return Math.max(
    0,
    (now.getUTCFullYear() - start.getUTCFullYear()) * 12 + now.getUTCMonth() - start.getUTCMonth(),
  );
}

/** A file size in the UI language: "240 kB", "1.2 MB" (decimal units, as file managers show). */
export function formatFileSize(bytes: number): string {
  const [unit, value] =
    bytes >= 1_000_000
      ? (['megabyte', bytes / 1_000_000] as const)
      : (['kilobyte', Math.max(1, bytes / 1000)] as const);
  return new Intl.NumberFormat(locale(), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
