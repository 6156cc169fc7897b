/**
 * ALTCHA proof-of-work on the writer's unauthenticated forms: the browser spends a second or two
 * of CPU per submission, which costs a person nothing and a spammer a lot. No third party: the
 * challenge is signed with a key derived from the server secret, and verified here.
 * Each solved challenge is accepted once (recorded in `rate_limits`), so a solution cannot be
 * replayed for a burst of submissions.
 */
import { createChallenge, extractParams, verifySolution } from 'altcha-lib';
import type { Challenge } from 'altcha-lib/types';
import type { Queryable } from '../db/database';
import { AppError } from '../errors';
import { keyedHash, type SecretKeys } from '../security/keys';
import { countHit } from './rate-limit';

/** Header carrying the widget's base64 payload (the JSON bodies are strict and refuse extra fields). */
export const ALTCHA_HEADER = 'x-altcha';

/** How long a challenge may be solved and used. */
export const ALTCHA_TTL_MS = 20 * 60_000;

/**
 * Largest secret number: the browser tries on average half of these SHA-256 hashes, about a second
 * on a phone with the widget's workers.
 */
export const ALTCHA_MAX_NUMBER = 100_000;

function hmacKey(keys: SecretKeys): string {
  return keyedHash(keys, 'altcha/hmac/v1');
}

/** A fresh signed challenge for the widget. */
export function newAltchaChallenge(keys: SecretKeys, maxNumber = ALTCHA_MAX_NUMBER): Promise<Challenge> {
  return createChallenge({
    hmacKey: hmacKey(keys),
    maxnumber: maxNumber,
    expires: new Date(Date.now() + ALTCHA_TTL_MS),
  });
}

/**
 * Checks a solved challenge from the `x-altcha` header and spends it.
 * @throws AppError 400 `altcha_required` (no payload) or `altcha_invalid` (wrong, expired or reused).
 */
export async function verifyAltcha(
  db: Queryable,
  keys: SecretKeys,
  payload: string | undefined,
): Promise<void> {
  if (!payload)
    throw new AppError(400, 'altcha_required', 'Please let the anti-spam check finish, then send again.');
  const invalid = new AppError(
    400,
    'altcha_invalid',
    'The anti-spam check failed or expired. Please try again.',
  );
  let signature: string;
  try {
    const decoded = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { signature?: unknown };
    if (typeof decoded.signature !== 'string') throw invalid;
    signature = decoded.signature;
    // A challenge without an expiry would be valid forever; ours always carry one.
    if (!extractParams(payload).expires) throw invalid;
    if (!(await verifySolution(payload, hmacKey(keys), true))) throw invalid;
  } catch {
    throw invalid;
  }
  const uses = await countHit(db, `altcha:${signature.slice(0, 64)}`, ALTCHA_TTL_MS);
  if (uses > 1) throw invalid;
}
