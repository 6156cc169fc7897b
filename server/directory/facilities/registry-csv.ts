/**
 * Reads the Russian facility registry from its CSV forms: the joined `facilities_normalized.csv`,
 * or the raw workbook sheets `sheet_fku.csv` + `sheet_naming.csv`. Rows that cannot be used are
 * reported with their line number; the rest are returned.
 */
import { parse } from 'csv-parse/sync';
import { registryRecord, type FacilityRecord, type RegistryRow } from './record';

/** A source row that was not imported, and why. */
export interface RowProblem {
  line: number;
  reason: string;
}

/** What a registry file yielded. */
export interface RegistryRead {
  records: { line: number; record: FacilityRecord }[];
  problems: RowProblem[];
}

interface ParsedRow {
  record: Record<string, string>;
  info: { lines: number };
}

function readCsv(text: string): ParsedRow[] {
  return parse(text, {
    columns: true,
    info: true,
    skip_empty_lines: true,
    bom: true,
    relax_column_count: true,
  });
}

function collect(rows: { line: number; row: RegistryRow | string }[]): RegistryRead {
  const out: RegistryRead = { records: [], problems: [] };
  const seen = new Map<string, number>();
  for (const { line, row } of rows) {
    if (typeof row === 'string') {
      out.problems.push({ line, reason: row });
      continue;
    }
    const record = registryRecord(row);
    const earlier = seen.get(record.sourceKey);
    if (earlier !== undefined) {
      out.problems.push({ line, reason: `duplicate of line ${earlier} (${record.sourceKey})` });
      continue;
    }
    if (!record.postcode) {
      out.problems.push({ line, reason: `no 6-digit postcode in address "${record.addressRaw}"` });
      continue;
    }
    seen.set(record.sourceKey, line);
    out.records.push({ line, record });
  }
  return out;
}

function missing(record: Record<string, string>, columns: string[]): string | undefined {
  const absent = columns.filter((c) => !(record[c] ?? '').trim());
  return absent.length > 0 ? `missing ${absent.join(', ')}` : undefined;
}

/**
 * Reads `facilities_normalized.csv` (region,type,number,short_name,nickname,ufsin,official_name,
 * postcode,address_without_postcode,address_raw).
 */
export function readNormalizedRegistry(text: string): RegistryRead {
  return collect(
    readCsv(text).map(({ record, info }) => {
      const problem = missing(record, ['region', 'type', 'ufsin', 'address_raw']);
      return {
        line: info.lines,
        row: problem ?? {
          region: record.region!,
          type: record.type!,
          number: record.number ?? '',
          nickname: record.nickname ?? '',
          territorialBody: record.ufsin!,
          address: record.address_raw!,
        },
      };
    }),
  );
}

/**
 * Reads the raw sheets: `fku` (Регион, Вид ИУ, № ИУ, Сленговое, Адрес) and `naming` (Регион, ФСИН),
 * joining each facility to its region's territorial body.
 */
export function readFkuRegistry(fkuText: string, namingText: string): RegistryRead {
  const bodies = new Map<string, string>();
  for (const { record } of readCsv(namingText)) {
    const region = (record['Регион'] ?? '').replace(/\s+/g, ' ').trim();
    const body = (record['ФСИН'] ?? '').replace(/\s+/g, ' ').trim();
    if (region && body) bodies.set(region, body);
  }
  return collect(
    readCsv(fkuText).map(({ record, info }) => {
      const region = (record['Регион'] ?? '').replace(/\s+/g, ' ').trim();
      const type = record['Вид ИУ'] ?? '';
      const central = /ц\.\s*п\./u.test(type);
      const body = bodies.get(region);
      const problem =
        missing(record, ['Регион', 'Вид ИУ', 'Адрес']) ??
        (!central && !body ? `region "${region}" has no territorial body in the naming sheet` : undefined);
      return {
        line: info.lines,
        row: problem ?? {
          region,
          type,
          number: record['№ ИУ'] ?? '',
          nickname: record['Сленговое'] ?? '',
          territorialBody: body ?? '',
          address: record['Адрес']!,
        },
      };
    }),
  );
}
