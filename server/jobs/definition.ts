/**
 * A job is a name, a zod schema for its payload, retry options and a handler. Handlers receive
 * the services they need as a parameter (never module globals), so tests run them on a real
 * database without mocks.
 */
import type { z } from 'zod';
import type { Config } from '../config';
import type { Db } from '../db/database';
import type { Logger } from '../log';
import type { Mailer } from '../mail/mailer';
import type { SecretKeys } from '../security/keys';

/** What every job handler may use. */
export interface JobContext {
  db: Db;
  config: Config;
  log: Logger;
  keys: SecretKeys;
  mailer: Mailer;
}

/** A job type. */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  schema: S;
  /** Tries before giving up (default 5). */
  maxAttempts?: number;
  /** Does the work; must be idempotent, since a job may run again after a crash. */
  handle(payload: z.infer<S>, context: JobContext): Promise<void>;
}

/** A job that the worker enqueues on a timer (one at a time across all workers). */
export interface RecurringJob {
  name: string;
  everyMs: number;
}

/** Declares a job with its payload type inferred from the schema. */
export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}
