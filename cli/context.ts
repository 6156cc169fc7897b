/**
 * What every CLI command runs inside: configuration validated, the database opened (taking the
 * PGlite lock, so a CLI command never writes under a running embedded server), migrated, closed
 * afterwards. Errors become one clear line and exit code 1.
 */
import { ConfigError, loadConfig } from '../server/config';
import { DirectoryLockedError } from '../server/db/directory-lock';
import { AppError } from '../server/errors';
import { createLogger } from '../server/log';
import { openRuntime, type Runtime } from '../server/runtime';

/** Opens the runtime, runs `fn`, and always closes it. */
export async function withApp<T>(fn: (runtime: Runtime) => Promise<T>): Promise<T> {
  const config = loadConfig();
  // CLI output is for people; logs go to stderr so command output stays clean for pipes.
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, process.stderr);
  const runtime = await openRuntime(config, log);
  try {
    return await fn(runtime);
  } finally {
    await runtime.close();
  }
}

/** Prints a known error as one line and exits 1; rethrows the unknown. */
export function exitWithError(error: unknown): never {
  if (error instanceof ConfigError || error instanceof DirectoryLockedError) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof AppError) {
    process.stderr.write(`${error.code}: ${error.message}\n`);
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
}
