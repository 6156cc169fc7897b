/**
 * Shared shape and printing for benchmarks: each row is a measured value next to a baseline
 * measured in the same run, so the ratio means something on a noisy machine.
 */

/** One benchmark figure. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The same quantity for the baseline, measured in the same run. */
  baseline?: number;
  /** value / baseline (or as the bench defines it; printed as given). */
  ratio?: number;
  /** The target the issue names, in words ("≥ 1,000/s"). */
  target?: string;
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

// Small values keep three significant digits, so a microsecond baseline does not print as 0.00 ms.
const format = (n: number | undefined, digits = 2) =>
  n === undefined
    ? ''
    : Math.abs(n) >= 100
      ? Math.round(n).toLocaleString('en')
      : n !== 0 && Math.abs(n) < 1
        ? n.toPrecision(3)
        : n.toFixed(digits);

/** Prints rows as an aligned table. */
export function printRows(title: string, rows: BenchRow[]): void {
  const lines = rows.map((r) => [
    r.name,
    `${format(r.value)} ${r.unit}`,
    r.baseline === undefined ? '' : `${format(r.baseline)} ${r.unit}`,
    format(r.ratio),
    r.target ?? '',
  ]);
  const header = ['benchmark', 'value', 'baseline', 'ratio', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  process.stdout.write(`\n${title}\n${row(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const line of lines) process.stdout.write(`${row(line)}\n`);
}
