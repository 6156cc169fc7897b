/** Random tokens for links and cookies. Only their hashes are stored. */
import { createHash, randomBytes } from 'node:crypto';
import { ISSUED_REF_CODE_ALPHABET } from '../../shared/ref-code';

/** A new 256-bit token, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a token, hex: what the database keeps. A high-entropy token needs no key. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A short code of characters people and OCR read without confusion (shared/ref-code.ts), e.g. the
 * "4F7K2Q" of "LB-4F7K2Q". Each character is drawn uniformly: bytes that would favour the first
 * characters (256 is not a multiple of the alphabet's size) are drawn again.
 */
export function shortCode(length: number): string {
  const alphabet = ISSUED_REF_CODE_ALPHABET;
  const limit = 256 - (256 % alphabet.length);
  let code = '';
  while (code.length < length) {
    for (const byte of randomBytes(length)) {
      if (byte < limit && code.length < length) code += alphabet[byte % alphabet.length];
    }
  }
  return code;
}
