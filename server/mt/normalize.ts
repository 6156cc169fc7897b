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
