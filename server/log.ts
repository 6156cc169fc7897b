/**
 * The logger. Writers' emails, letter text and tokens never reach a log line: known fields are
 * redacted by path, and free-text values are scrubbed of anything that looks like an email address.
 */
import pino, { type Logger } from 'pino';

/** Field paths whose values are replaced with "[redacted]" wherever they appear. */
export const REDACTED_PATHS = [
  'email',
  '*.email',
  'body',
  '*.body',
  'text',
  '*.text',
  'token',
  '*.token',
  'password',
  '*.password',
  'cookie',
  '*.cookie',
  'headers.cookie',
  'headers.authorization',
  'req.headers.cookie',
  'req.headers.authorization',
  'secret',
  '*.secret',
  'totp',
  '*.totp',
];

const EMAIL_PATTERN = /[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+/g;

/** Replaces email addresses in a free-text string. */
export function scrubEmails(text: string): string {
  return text.replace(EMAIL_PATTERN, '[email]');
}

/** Creates the application logger; `destination` lets tests capture output. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      hooks: {
        // Messages are free text (errors from libraries, say): scrub addresses that slipped in.
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubEmails(arg) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
      serializers: { err: (err: Error) => ({ type: err.name, message: scrubEmails(err.message), stack: err.stack }) },
    },
    destination,
  );
}

export type { Logger };
