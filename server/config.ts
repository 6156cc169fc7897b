/**
 * The one place that reads `process.env`. Every setting is validated with zod at boot; a bad value
 * stops the start with a message naming the variable. Everything else imports `loadConfig()`'s
 * result (or receives it as a parameter).
 */
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_LETTER_MAX_CHARS } from '../shared/limits';
import { mtEnvSchema } from './mt/config';

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = z.coerce.number().int().positive();

/** The environment variables Letterbridge understands, with defaults. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** HTTP port for the web app and API. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to listen on. */
  HOST: z.string().default('0.0.0.0'),
  /** PostgreSQL connection string; when unset the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Connections in the PostgreSQL pool. */
  DATABASE_POOL_SIZE: positiveInt.default(10),
  /** Where the embedded database, the outbox, uploads and the key file live. */
  DATA_DIR: z.string().default('./data'),
  /** Public base URL used in emailed links. */
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  /** 32-byte key (base64) for encrypting writers' emails; generated into DATA_DIR/secret.key when unset. */
  SECRET_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
    .optional(),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Run the job worker inside the web process (the embedded default); `letterbridge worker` runs it apart. */
  RUN_WORKER_IN_PROCESS: boolean.default(true),
  /** How often an idle worker looks for new jobs, in milliseconds. */
  WORKER_POLL_MS: positiveInt.default(1000),
  /** Jobs a worker runs at once. */
  WORKER_CONCURRENCY: positiveInt.default(4),
  /** Longest letter in characters. */
  LETTER_MAX_CHARS: positiveInt.default(DEFAULT_LETTER_MAX_CHARS),
  /** Hours a letter may wait for the writer's confirmation before the sweep raises it. */
  STUCK_SUBMITTED_HOURS: positiveInt.default(72),
  /** Hours a letter may wait in a volunteer queue (translating, reviewing, approved, on hold) before it is raised. */
  STUCK_QUEUE_HOURS: positiveInt.default(96),
  /** Hours a dispatch may stay unconfirmed before it is raised. */
  STUCK_DISPATCHING_HOURS: positiveInt.default(24),
  /** Days a writer who chose to post a letter themselves has to say they posted it before it is raised. */
  SELF_POST_DAYS: positiveInt.default(30),
  /** Days after dispatch with no news before a letter is presumed lost. */
  LOST_AFTER_DAYS: positiveInt.default(60),
  /** Days after a letter's final state before its text and scans are purged. */
  RETENTION_DAYS: positiveInt.default(90),
  /**
   * Days after which a letter its writer never confirmed is deleted, with the writer's address if
   * nothing else of theirs is kept. The confirmation link itself expires after 48 hours.
   */
  UNCONFIRMED_LETTER_DAYS: positiveInt.default(7),
  /** Minutes without a request after which a volunteer session ends. */
  SESSION_IDLE_MINUTES: positiveInt.default(120),
  /** Hours after sign-in after which a volunteer session ends regardless of activity. */
  SESSION_MAX_HOURS: positiveInt.default(12),
  /** Minutes a volunteer holds an item taken from a queue before it is released (admins may change it at run time). */
  CLAIM_LEASE_MINUTES: positiveInt.default(30),
  /** Failed sign-ins in a row that lock a volunteer account. */
  LOGIN_MAX_FAILURES: positiveInt.default(5),
  /** Minutes a locked volunteer account stays locked. */
  LOGIN_LOCKOUT_MINUTES: positiveInt.default(15),
  /** SMTP URL (smtp://user:pass@host:port); when unset mail goes to DATA_DIR/outbox as .eml files. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  /** From address of mail sent to writers. */
  MAIL_FROM: z.string().default('Letterbridge <letters@letterbridge.invalid>'),
  /** Require an ALTCHA proof-of-work on letter submission and writer sign-in (off only in tests). */
  PROOF_OF_WORK: boolean.default(true),
  /** Seed fictional demo prisoners on first start of the embedded database. */
  SEED_DEMO: boolean.default(true),
  /** Russian hunspell dictionary for the translator's spellcheck: path without `.aff`/`.dic` (Debian's hunspell-ru). */
  SPELLCHECK_DICTIONARY: z.string().default('/usr/share/hunspell/ru_RU'),
  /** Machine translation: engines per language pair, model directories, remote engine URLs and keys. */
  ...mtEnvSchema.shape,
});

/** Validated configuration. */
export type Config = z.infer<typeof envSchema> & {
  /** DATA_DIR made absolute. */
  dataDir: string;
};

/** Thrown when the environment does not validate; the message names each bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Validates `env` (default: `process.env`) and returns the configuration.
 * @example loadConfig({ PORT: '8080' }).PORT === 8080
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(envSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = envSchema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.DATA_DIR) };
}
