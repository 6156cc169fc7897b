/**
 * Two-factor authentication with TOTP (RFC 6238, 30-second steps, 6 digits, SHA-1 — what every
 * authenticator app supports) and single-use recovery codes. Secrets are stored encrypted; a code
 * is accepted one step early or late for clock drift, and never twice (the last step is stored).
 */
import { randomBytes } from 'node:crypto';
import { authenticator } from 'otplib';
import { keyedHash, type SecretKeys } from '../security/keys';

const totp = authenticator.clone({ window: 1, step: 30, digits: 6 });

/** The issuer name shown in authenticator apps. */
export const TOTP_ISSUER = 'Letterbridge';

/** How many recovery codes a volunteer gets. */
export const RECOVERY_CODE_COUNT = 10;

/** A new random TOTP secret (base32, 160 bits). */
export function newTotpSecret(): string {
  return totp.generateSecret(20);
}

/** The otpauth:// URI an authenticator app scans. The label is the display name, never the email. */
export function totpUri(label: string, secret: string): string {
  return totp.keyuri(label || 'volunteer', TOTP_ISSUER, secret);
}

/** The current code for `secret` (tests and the benchmark sign in with it). */
export function currentTotp(secret: string, at = Date.now()): string {
  return authenticator.clone({ epoch: at }).generate(secret);
}

/**
 * Checks `code` against `secret`. Returns the time step it belongs to, or undefined when it is
 * wrong or its step is not after `lastStep` (a replay).
 */
export function verifyTotp(
  secret: string,
  code: string,
  lastStep: number | null,
  now = Date.now(),
): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = totp.clone({ epoch: now }).checkDelta(code, secret);
  if (delta === null) return undefined;
  const step = Math.floor(now / 30_000) + delta;
  return lastStep !== null && step <= lastStep ? undefined : step;
}

const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A recovery code such as "k7pq-2mzx-h4ta" (about 70 bits), shown once. */
function recoveryCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** Normalises what a person typed: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The stored form of a recovery code: a keyed hash (the codes are random, so no slow hash is needed). */
export function hashRecoveryCode(keys: SecretKeys, code: string): string {
  return keyedHash(keys, `recovery:${normalizeRecoveryCode(code)}`);
}

/** New recovery codes and their hashes. */
export function newRecoveryCodes(keys: SecretKeys): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, recoveryCode);
  return { codes, hashes: codes.map((code) => hashRecoveryCode(keys, code)) };
}

/** True when the input looks like a recovery code rather than a 6-digit TOTP. */
export function looksLikeRecoveryCode(input: string): boolean {
  return normalizeRecoveryCode(input).length === 12;
}
