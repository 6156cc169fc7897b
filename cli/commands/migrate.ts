/** `letterbridge migrate`: bring the database schema up to date and exit. */
import type { Command } from 'commander';
import { withApp } from '../context';

/** Registers the command. */
export function register(program: Command): void {
  program
    .command('migrate')
    .description('apply database migrations (also done on every start)')
    .action(async () => {
      const driver = await withApp(async ({ database }) => Promise.resolve(database.driver));
      process.stdout.write(`Migrations applied (${driver}).\n`);
    });
}
