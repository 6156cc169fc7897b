/** Random tokens for links and cookies. Only their hashes are stored. */
import { createHash, randomBytes } from 'node:crypto';
import { REF_CODE_ALPHABET } from '../../shared/ref-code';

/** A new 256-bit token, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a token, hex: what the database keeps. A high-entropy token needs no key. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A short code without look-alike characters (no 0/O, 1/I/L), e.g. for "LB-4F7K2Q". */
export function shortCode(length: number): string {
  const bytes = randomBytes(length);
  let code = '';
  for (const byte of bytes) code += REF_CODE_ALPHABET[byte % REF_CODE_ALPHABET.length];
  return code;
}
