/**
 * Text normalisation shared by the translation memory and the phrasebook, so "I hope you’re
 * well…" and "i hope you're well..." are the same segment.
 */

/**
 * Normalised form stored and compared by the translation memory: Unicode NFC, lower case, one kind
 * of apostrophe, quote, dash and ellipsis, single spaces. Punctuation and digits stay (a "?" or a
 * different year makes a different segment).
 */
export function normalizeSegment(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’ʼ`´‘]/g, "'")
    .replace(/[«»„“”‟]/g, '"')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Exact-match key of the translation memory: the normalised segment without punctuation other
 * than "?", so "I hope you are well." and "i hope you are well!" are the same segment and a
 * question stays a question.
 */
export function memoryKey(norm: string): string {
  return norm
    .replace(/[^\p{L}\p{M}\p{N}?\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Gives a Russian sentence ending in a full stop the source's exclamation mark. */
export function carryExclamation(russian: string, source: string): string {
  return /!\s*$/.test(source) && /\.$/.test(russian) ? `${russian.slice(0, -1)}!` : russian;
}

/**
 * Looser key for phrasebook matching: also drops diacritics (writers often type "cumpleanos",
 * "Gruesse"-less "Grusse", "zyczenia"), apostrophes and all punctuation. Applied to both sides,
 * so Cyrillic letters that decompose (й, ї, ё) still compare equal to themselves.
 */
export function looseKey(text: string): string {
  return (
    normalizeSegment(text)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/ß/g, 'ss')
      // ł is a letter of its own in Unicode, not l + a mark; writers without Polish keyboards type l.
      .replace(/ł/g, 'l')
      .replace(/'/g, '')
      .replace(/[^\p{L}\p{N}{}]+/gu, ' ')
      .trim()
  );
}

/** Words of a loose key. */
export function words(key: string): string[] {
  return key === '' ? [] : key.split(' ');
}
