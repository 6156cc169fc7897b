/**
 * Campaign and spam signal: the same text sent to many prisoners. Two letters that differ only in
 * case, accents, spacing, punctuation, invisible characters or the greeting line hash the same.
 */
import { createHash } from 'node:crypto';
import { normalizeForMatching } from './normalize';

/** A first line that is only a greeting ("Dear Artem,", "Здравствуйте, Илья!"): campaigns change just that. */
const GREETING = /^[^\n]{0,60}[,!:]\s*\n/u;

/**
 * SHA-256 (hex) of the letter's normalised content: greeting line dropped, NFKC, lower case, ё→е,
 * accents off Latin letters, everything but letters and digits reduced to single spaces.
 * @example normalizedContentHash('Dear Ann,\nHello!') === normalizedContentHash('Dear Bob,\nhello')
 */
export function normalizedContentHash(text: string): string {
  const body = text.normalize('NFKC').trim().replace(GREETING, '');
  const words = normalizeForMatching(body)
    .text.replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha256').update(words, 'utf8').digest('hex');
}
