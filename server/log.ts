/**
 * The logger. Writers' and volunteers' emails, letter and reply text, and tokens never reach a log
 * line, in three layers:
 *  1. fields with sensitive names (`email`, `body`, `token`, `password`, …) are replaced with
 *     "[redacted]" at any depth of a logged object (not just the top levels pino's paths reach);
 *  2. every string that is logged — messages, values, error messages and stacks, error causes —
 *     is scrubbed of email addresses, 256-bit tokens, `token=…`/`#…` link tokens and TOTP secrets;
 *  3. pino's own path redaction for request headers (cookies, authorisation).
 * Letter text has no pattern to scrub, so it is kept out by field names: never log a letter object
 * or a text under any other name. `server/log.test.ts` checks all of this.
 */
import pino, { type Logger } from 'pino';

/** Field names whose values are replaced with "[redacted]" wherever they appear (compared case-insensitively). */
export const SENSITIVE_KEYS = [
  'email',
  'body',
  'text',
  'signature',
  'transcription',
  'translation',
  'reason',
  'token',
  'sessiontoken',
  'password',
  'newpassword',
  'cookie',
  'authorization',
  'secret',
  'totp',
  'recoverycodes',
  'link',
  'otpauthuri',
  'emailciphertext',
  'totpsecretciphertext',
];

/** Field paths pino redacts (headers of logged requests). */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'headers.cookie',
  'headers.authorization',
];

// A domain must end in a letter-only label, so npm paths in stacks ("runner@4.1.12/dist") survive.
const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// 32-byte base64url tokens (newToken) and anything after token= or a link's # fragment.
const TOKEN_PATTERN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;
const LINK_TOKEN_PATTERN = /((?:token=|#)[^\s&"']{16,})/g;
const TOTP_SECRET_PATTERN = /secret=[A-Z2-7]{16,}/g;

/** Replaces email addresses in a free-text string. */
export function scrubEmails(text: string): string {
  return text.replace(EMAIL_PATTERN, '[email]');
}

/** Replaces email addresses, tokens and TOTP secrets in a free-text string. */
export function scrubSecrets(text: string): string {
  return scrubEmails(text)
    .replace(TOTP_SECRET_PATTERN, 'secret=[redacted]')
    .replace(LINK_TOKEN_PATTERN, '[token]')
    .replace(TOKEN_PATTERN, '[token]');
}

const SENSITIVE = new Set(SENSITIVE_KEYS);
const MAX_DEPTH = 8;

function serializeError(error: Error, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type: error.name,
    message: scrubSecrets(error.message),
    stack: error.stack ? scrubSecrets(error.stack) : undefined,
  };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') out.code = code;
  if (error.cause !== undefined && depth < MAX_DEPTH) out.cause = scrubValue(error.cause, depth + 1);
  return out;
}

/** Deep copy of `value` with sensitive fields redacted and strings scrubbed. */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubSecrets(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[depth]';
  if (value instanceof Error) return serializeError(value, depth);
  if (value instanceof Date) return value;
  if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      SENSITIVE.has(key.toLowerCase()) && item !== undefined && item !== null
        ? '[redacted]'
        : scrubValue(item, depth + 1);
  }
  return out;
}

/** Creates the application logger; `destination` lets tests capture output. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      hooks: {
        // Messages are free text (errors from libraries, say): scrub what slipped in.
        logMethod(args, method) {
          const scrubbed: unknown[] = args.map((arg) => (typeof arg === 'string' ? scrubSecrets(arg) : arg));
          // pino would copy a bare Error's message into `msg` unscrubbed: wrap it as { err }.
          if (scrubbed[0] instanceof Error) {
            const error = scrubbed[0];
            scrubbed.splice(
              0,
              1,
              { err: error },
              ...(typeof scrubbed[1] === 'string' ? [] : [scrubSecrets(error.message)]),
            );
          }
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
      serializers: {
        err: (err: unknown) => (err instanceof Error ? serializeError(err, 0) : scrubValue(err)),
      },
      formatters: { log: (object) => scrubValue(object) as Record<string, unknown> },
    },
    destination,
  );
}

export type { Logger };
