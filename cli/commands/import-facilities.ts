/**
 * `letterbridge import facilities FILE [--format normalized|fku] [--naming FILE] [--dry-run]`:
 * loads the facility registry from `facilities_normalized.csv`, or from the raw `fku` sheet with
 * the `naming` sheet beside it. Idempotent; prints what was inserted, updated, unchanged, skipped.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { readFkuRegistry, readNormalizedRegistry } from '../../server/directory/facilities/registry-csv';
import { importFacilityRecords } from '../../server/directory/importers/facilities';
import { facilitySummary } from '../../server/directory/importers/summary';
import { withApp } from '../context';
import { importGroup, readInputFile } from './import-group';

interface Options {
  format: 'normalized' | 'fku';
  naming?: string;
  dryRun?: boolean;
}

/** Registers the command. */
export function register(program: Command): void {
  importGroup(program)
    .command('facilities')
    .description('import the facility registry (facilities_normalized.csv, or sheet_fku.csv with --naming)')
    .argument('<file>', 'CSV file')
    .option('--format <format>', 'normalized | fku', 'normalized')
    .option('--naming <file>', 'the naming sheet for --format fku (default: sheet_naming.csv beside FILE)')
    .option('--dry-run', 'report what would change, write nothing')
    .action(async (file: string, options: Options) => {
      if (options.format !== 'normalized' && options.format !== 'fku') {
        throw new Error(`--format must be normalized or fku, not "${String(options.format)}"`);
      }
      const read =
        options.format === 'fku'
          ? readFkuRegistry(
              readInputFile(file),
              readInputFile(options.naming ?? path.join(path.dirname(file), 'sheet_naming.csv')),
            )
          : readNormalizedRegistry(readInputFile(file));
      await withApp(async ({ db }) => {
        const report = await importFacilityRecords(db, read, { dryRun: options.dryRun });
        process.stdout.write(`${facilitySummary(report)}\n`);
      });
    });
}
