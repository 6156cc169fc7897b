/**
 * `letterbridge import prisoners --format F FILE [--mapping FILE] [--dry-run] [--all-or-nothing]`
 * with F one of ovdinfo-csv, viasna-json, csv, json (csv and json need a mapping file, see
 * server/directory/importers/MAPPING.md). Prints counts, skipped rows with line and reason,
 * merges, transfers, and with --dry-run the diff.
 */
import type { Command } from 'commander';
import { inArray } from 'drizzle-orm';
import { facilities } from '../../server/db/schema';
import {
  ColumnMappingSchema,
  readMappedCsv,
  readMappedJson,
} from '../../server/directory/importers/formats/mapped';
import { readOvdInfoCsv } from '../../server/directory/importers/formats/ovdinfo-csv';
import { readViasnaJson } from '../../server/directory/importers/formats/viasna-json';
import type { ParsedPrisoners } from '../../server/directory/importers/prisoner-input';
import { importPrisoners } from '../../server/directory/importers/prisoners';
import { prisonerSummary } from '../../server/directory/importers/summary';
import { withApp } from '../context';
import { importGroup, readInputFile, readJsonFile } from './import-group';

/** The list formats `--format` accepts. */
export const PRISONER_FORMATS = ['ovdinfo-csv', 'viasna-json', 'csv', 'json'] as const;

interface Options {
  format: string;
  mapping?: string;
  dryRun?: boolean;
  allOrNothing?: boolean;
}

/** Reads FILE in the chosen format (pure; exported for tests). */
export function readPrisonerFile(file: string, options: Options): ParsedPrisoners {
  switch (options.format) {
    case 'ovdinfo-csv':
      return readOvdInfoCsv(readInputFile(file));
    case 'viasna-json':
      return readViasnaJson(readJsonFile(file));
    case 'csv':
    case 'json': {
      if (!options.mapping)
        throw new Error(`--format ${options.format} needs --mapping FILE (see MAPPING.md)`);
      const mapping = ColumnMappingSchema.safeParse(readJsonFile(options.mapping));
      if (!mapping.success) {
        const problems = mapping.error.issues.map((i) => `${i.path.join('.') || 'mapping'}: ${i.message}`);
        throw new Error(`${options.mapping} is not a valid mapping: ${problems.join('; ')}`);
      }
      return options.format === 'csv'
        ? readMappedCsv(readInputFile(file), mapping.data)
        : readMappedJson(readJsonFile(file), mapping.data);
    }
    default:
      throw new Error(`--format must be one of ${PRISONER_FORMATS.join(', ')}`);
  }
}

/** Registers the command. */
export function register(program: Command): void {
  importGroup(program)
    .command('prisoners')
    .description('import a prisoner list; re-importing keeps it current (transfers, releases)')
    .argument('<file>', 'the list')
    .requiredOption('--format <format>', PRISONER_FORMATS.join(' | '))
    .option('--mapping <file>', 'column mapping (JSON) for --format csv or json')
    .option('--dry-run', 'print the diff, write nothing')
    .option('--all-or-nothing', 'write nothing if any row is bad')
    .action(async (file: string, options: Options) => {
      const parsed = readPrisonerFile(file, options);
      await withApp(async ({ db }) => {
        const report = await importPrisoners(db, parsed, {
          dryRun: options.dryRun,
          allOrNothing: options.allOrNothing,
        });
        const ids = [
          ...new Set(
            report.changes
              .flatMap((c) => [c.changes.facilityId?.from, c.changes.facilityId?.to])
              .concat(report.transfers.flatMap((t) => [t.fromFacilityId, t.toFacilityId]))
              .filter((id): id is string => typeof id === 'string'),
          ),
        ];
        const names = ids.length
          ? await db
              .select({ id: facilities.id, name: facilities.officialName })
              .from(facilities)
              .where(inArray(facilities.id, ids))
          : [];
        process.stdout.write(`${prisonerSummary(report, new Map(names.map((n) => [n.id, n.name])))}\n`);
        if (report.aborted) process.exitCode = 1;
      });
    });
}
