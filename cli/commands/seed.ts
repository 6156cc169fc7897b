/** `letterbridge seed [--demo]`: load the facility registry, and optionally fictional demo prisoners. */
import type { Command } from 'commander';
import { seedDemoPrisoners, seedFacilities } from '../../server/directory/seed';
import { withApp } from '../context';

/** Registers the command. */
export function register(program: Command): void {
  program
    .command('seed')
    .description('load the real facility registry (idempotent); --demo adds fictional demo prisoners')
    .option('--demo', 'add fictional demo prisoners, clearly marked as such')
    .action(async (options: { demo?: boolean }) => {
      await withApp(async ({ db }) => {
        await seedFacilities(db);
        process.stdout.write('Facility registry loaded.\n');
        if (options.demo) {
          await seedDemoPrisoners(db);
          process.stdout.write('Fictional demo prisoners added (marked "demo").\n');
        }
      });
    });
}
