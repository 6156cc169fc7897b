/** CSV reading shared by the list formats: records by header, with the line each record starts on. */
import { parse } from 'csv-parse/sync';

/** One CSV record and the line it starts on (1-based, header is line 1). */
export interface CsvRecord {
  line: number;
  record: Record<string, string>;
}

interface Parsed {
  record: Record<string, string>;
  info: { lines: number };
  raw: string;
}

/** Parses CSV text with a header row. Quoted fields may span lines; the start line is reported. */
export function readCsvRecords(text: string): CsvRecord[] {
  const rows = parse<Parsed>(text, {
    columns: (header: string[]) => header.map((h) => h.replace(/\s+/gu, ' ').trim()),
    info: true,
    raw: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    trim: false,
  });
  return rows.map(({ record, info, raw }) => {
    // `lines` is where the record ends; count back over the newlines inside it.
    const inner = raw.replace(/^(\r?\n)+/u, '').replace(/\r?\n$/u, '');
    return { line: info.lines - (inner.match(/\n/gu)?.length ?? 0), record };
  });
}

/** The value of the first column whose name starts with one of `names` (headers vary in suffixes). */
export function column(record: Record<string, string>, ...names: string[]): string {
  for (const name of names) {
    const key = Object.keys(record).find((k) => k.toLowerCase().startsWith(name.toLowerCase()));
    if (key !== undefined) return (record[key] ?? '').trim();
  }
  return '';
}
