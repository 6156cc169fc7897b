/**
 * `letterbridge worker`: run background jobs in a process of its own. Needs PostgreSQL
 * (DATABASE_URL): the embedded database belongs to the one process that opened it.
 */
import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../../server/config';
import { createLogger } from '../../server/log';
import { openRuntime } from '../../server/runtime';
import { startJobWorker } from '../../server/serve';

/** Registers the command. */
export function register(program: Command): void {
  program
    .command('worker')
    .description('run the job worker as its own process (PostgreSQL only; run several to scale out)')
    .action(async () => {
      const config = loadConfig();
      if (!config.DATABASE_URL) {
        throw new ConfigError(
          'letterbridge worker needs DATABASE_URL: with the embedded database the worker runs inside `letterbridge serve`.',
        );
      }
      const log = createLogger(config.LOG_LEVEL);
      const runtime = await openRuntime(config, log);
      const worker = startJobWorker(runtime);
      log.info({ worker: worker.id }, 'worker started');
      const stop = async () => {
        await worker.stop();
        await runtime.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void stop());
      process.on('SIGTERM', () => void stop());
    });
}
