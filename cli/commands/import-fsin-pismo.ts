/**
 * `letterbridge import fsin-pismo FILE [--dry-run]`: reads ФСИН-Письмо's public facility list
 * (saved from `GET https://fsin-pismo.ru/client/rest/static/regions`) and marks which registry
 * facilities the service reaches, printing the names it could not match.
 */
import type { Command } from 'commander';
import { FsinPismoCatalogSchema, importFsinPismo } from '../../server/directory/importers/fsin-pismo';
import { fsinPismoSummary } from '../../server/directory/importers/summary';
import { withApp } from '../context';
import { importGroup, readJsonFile } from './import-group';

/** Registers the command. */
export function register(program: Command): void {
  importGroup(program)
    .command('fsin-pismo')
    .description('mark the facilities ФСИН-Письмо reaches, from the service’s region list (JSON)')
    .argument('<file>', 'JSON: [{"name": region, "departments": [{"name": facility}]}]')
    .option('--dry-run', 'report what would change, write nothing')
    .action(async (file: string, options: { dryRun?: boolean }) => {
      const parsed = FsinPismoCatalogSchema.safeParse(readJsonFile(file));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(
          `${file} is not ФСИН-Письмо's region list: ${issue?.path.join('.')}: ${issue?.message}`,
        );
      }
      await withApp(async ({ db }) => {
        const report = await importFsinPismo(db, parsed.data, { dryRun: options.dryRun });
        process.stdout.write(`${fsinPismoSummary(report)}\n`);
      });
    });
}
