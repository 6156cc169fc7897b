/**
 * The running application's services, built once from the configuration and passed to routes,
 * jobs and commands as a parameter. `openRuntime` is what `serve`, `worker` and every CLI command use.
 */
import path from 'node:path';
import type { Config } from './config';
import { openDatabase, targetFromConfig, type Database, type Db } from './db/database';
import { runMigrations } from './db/migrate';
import type { JobContext } from './jobs/definition';
import { createLogger, type Logger } from './log';
import { createMailer, type Mailer } from './mail/mailer';
import { loadSecretKeys, type SecretKeys } from './security/keys';

/** Everything a route, job or command may need. */
export interface Runtime extends JobContext {
  db: Db;
  config: Config;
  log: Logger;
  keys: SecretKeys;
  mailer: Mailer;
  database: Database;
  close(): Promise<void>;
}

/** Opens the database (taking the PGlite lock), migrates it, and builds the services. */
export async function openRuntime(
  config: Config,
  log: Logger = createLogger(config.LOG_LEVEL),
): Promise<Runtime> {
  const database = await openDatabase(targetFromConfig(config));
  try {
    await runMigrations(database, config.DATABASE_URL);
  } catch (error) {
    await database.close();
    throw error;
  }
  return runtimeFor(database, config, log);
}

/** Builds the services around an already open, migrated database (tests pass their own). */
export function runtimeFor(database: Database, config: Config, log: Logger, keys?: SecretKeys): Runtime {
  return {
    db: database.db,
    database,
    config,
    log,
    keys: keys ?? loadSecretKeys(config),
    mailer: createMailer({
      smtpUrl: config.SMTP_URL,
      from: config.MAIL_FROM,
      outboxDir: path.join(config.dataDir, 'outbox'),
    }),
    close: () => database.close(),
  };
}
