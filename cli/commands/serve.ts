/** `letterbridge serve`: the web app, the API and (by default) the job worker. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/log';
import { openRuntime } from '../../server/runtime';
import { precompileRules } from '../../server/screening';
import { seedOnFirstStart } from '../../server/seed-on-start';
import { DEFAULT_WEB_DIR, startServer } from '../../server/serve';

/** Registers the command. */
export function register(program: Command): void {
  program
    .command('serve')
    .description(
      'serve the web app and API; runs the job worker in-process unless RUN_WORKER_IN_PROCESS=false',
    )
    .action(async () => {
      const config = loadConfig();
      const log = createLogger(config.LOG_LEVEL);
      const runtime = await openRuntime(config, log);
      await seedOnFirstStart(runtime);
      // Compile the screening rules now, so the first writer's keystroke does not pay for it.
      precompileRules();
      if (!fs.existsSync(path.join(DEFAULT_WEB_DIR, 'index.html'))) {
        log.warn('The web app is not built (dist/web); serving the API only. Run `npm run build`.');
      }
      const running = await startServer(runtime);
      log.info(
        {
          database: runtime.database.driver,
          mail: runtime.mailer.describe(),
          worker: Boolean(running.worker),
        },
        `Letterbridge is running at ${running.url}`,
      );
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        log.info(`${signal}: shutting down`);
        await running.stop();
        await runtime.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void stop('SIGINT'));
      process.on('SIGTERM', () => void stop('SIGTERM'));
    });
}
