/**
 * Volunteer passwords: argon2id with the OWASP parameters (19 MiB, 2 passes, 1 lane). A sign-in
 * for an unknown email still runs one verification against a fixed hash, so response time does
 * not tell an attacker (or a state) whether someone volunteers here.
 */
import { hash, verify } from '@node-rs/argon2';
import { badRequest } from '../errors';

// `Algorithm` is an ambient const enum, unusable under verbatimModuleSyntax: 2 is Argon2id.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Shortest password accepted. Long passphrases beat complexity rules. */
export const PASSWORD_MIN_LENGTH = 12;
/** Longest password accepted (argon2 takes any length; this bounds the work per request). */
export const PASSWORD_MAX_LENGTH = 256;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Verifies a password against a stored hash; a malformed hash verifies as false. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/** Spends the same time as a real verification; used when no account matches. */
export async function verifyDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password that nobody has');
  await verifyPassword(await decoyHash, password);
  return false;
}

/**
 * Checks a new password's length and that it is not the email or a trivial repetition.
 * @throws AppError 400 `password_too_weak`.
 */
export function assertPasswordAcceptable(password: string, email?: string): void {
  const length = [...password].length;
  const weak =
    length < PASSWORD_MIN_LENGTH ||
    length > PASSWORD_MAX_LENGTH ||
    new Set(password).size < 5 ||
    (email !== undefined && password.toLowerCase().includes(email.toLowerCase().split('@')[0] ?? '\u0000'));
  if (weak) {
    throw badRequest(
      'password_too_weak',
      `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters that is not your email; a few unrelated words work well.`,
    );
  }
}
