/**
 * The `letterbridge` command line. One file per command in cli/commands/, each exporting
 * `register(program)`.
 */
import { Command } from 'commander';
import { exitWithError } from './context';
import { register as registerImportFacilities } from './commands/import-facilities';
import { register as registerImportFsinPismo } from './commands/import-fsin-pismo';
import { register as registerImportPrisoners } from './commands/import-prisoners';
import { register as registerMigrate } from './commands/migrate';
import { register as registerMtCheck } from './commands/mt-check';
import { register as registerOutbox } from './commands/outbox';
import { register as registerReplies } from './commands/replies';
import { register as registerSeed } from './commands/seed';
import { register as registerServe } from './commands/serve';
import { register as registerUsers } from './commands/users';
import { register as registerWorker } from './commands/worker';

const COMMANDS = [
  registerServe,
  registerWorker,
  registerMigrate,
  registerSeed,
  registerUsers,
  registerImportFacilities,
  registerImportFsinPismo,
  registerImportPrisoners,
  registerReplies,
  registerMtCheck,
  registerOutbox,
];

/** Builds the program with every command registered. */
export function buildProgram(): Command {
  const program = new Command('letterbridge')
    .description('Letters to political prisoners in Russia, and their replies back.')
    .showHelpAfterError();
  for (const register of COMMANDS) register(program);
  return program;
}

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => exitWithError(error));
