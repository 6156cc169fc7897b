/**
 * Normalisation for matching, with a map back to the original text. Rules match lower-cased,
 * folded text (ё→е, accents off Latin letters, Latin look-alikes inside Cyrillic words made
 * Cyrillic, every double quote as ", invisible characters dropped, whitespace runs collapsed), but every flag must point at
 * the writer's own characters: `map[i]` is the index in the original of normalised character `i`.
 * The mapping is one-to-one or drops characters, never merges or splits them, so a normalised span
 * [s, e) is the original span [map[s], map[e - 1] + 1).
 */

/** Normalised text and, per normalised UTF-16 unit, its index in the original. */
export interface Normalized {
  text: string;
  map: Int32Array;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const APOSTROPHE = 0x27;
const QUOTE = 0x22;
/** Marks a code unit to drop (zero-width characters, soft hyphen, stray combining marks). */
const DROP = 0xffff;

/** Per BMP code unit: 1 if it is part of a word (letter, digit, combining mark). */
const WORD = new Uint8Array(0x10000);
/** Per BMP code unit: its folded form, or DROP. */
const FOLD = new Uint16Array(0x10000);

/** Combining marks that, after a base letter, recompose into a letter the rules spell out. */
const RECOMPOSE = new Map<string, number>([
  ['и\u0306', 0x439], // й
  ['у\u0306', 0x45e], // ў
  ['і\u0308', 0x457], // ї
]);

/** Latin letters that look like Cyrillic ones, for words typed with mixed keyboards ("вoйна"). */
const LATIN_TO_CYRILLIC = new Map<number, number>(
  [...'aceopxykmthbi'].map((ch, i) => [ch.charCodeAt(0), 'асеорхукмтнві'.charCodeAt(i)]),
);
const CYRILLIC_TO_LATIN = new Map<number, number>([...LATIN_TO_CYRILLIC].map(([l, c]) => [c, l]));

buildTables();

function buildTables(): void {
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  const manual: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ё: 'е' };
  for (let c = 0; c < 0x10000; c++) {
    const isSurrogate = c >= 0xd800 && c <= 0xdfff;
    const ch = String.fromCharCode(c);
    WORD[c] = !isSurrogate && wordChar.test(ch) ? 1 : 0;
    FOLD[c] = c;
    if (isSurrogate) continue;
    const lower = ch.toLowerCase();
    let folded = lower.length === 1 ? lower : ch;
    folded = manual[folded] ?? folded;
    // Accents come off Latin letters only: й, ї and ў are letters of their own in Cyrillic.
    if (c >= 0xc0 && c <= 0x24f && folded !== 'ß') {
      const nfd = folded.normalize('NFD');
      if (nfd.length > 1 && /^\p{M}+$/u.test(nfd.slice(1))) folded = nfd[0]!.toLowerCase();
    }
    FOLD[c] = folded.charCodeAt(0);
  }
  for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]) FOLD[c] = DROP;
  for (let c = 0x300; c <= 0x36f; c++) FOLD[c] = DROP;
  for (const c of [0x2019, 0x2018, 0x02bc, 0x0060, 0x00b4, 0x2032]) FOLD[c] = APOSTROPHE;
  // Every double quote reads as ", so a pattern can name an outlet in quotes: "медуза", not a jellyfish.
  for (const c of [0x00ab, 0x00bb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033]) FOLD[c] = QUOTE;
}

/** True for letters, digits and combining marks (BMP; astral characters count as non-word). */
export function isWordCode(code: number): boolean {
  return WORD[code] === 1;
}

function isHorizontalSpace(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000
  );
}

function isVerticalSpace(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x2028 || c === 0x2029 || c === 0x85;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/**
 * Normalises `text` for matching and returns the map back to it.
 * @example normalizeForMatching('ВОЙНЁ').text === 'войне'
 */
export function normalizeForMatching(text: string): Normalized {
  const n = text.length;
  const out = new Uint16Array(n);
  const map = new Int32Array(n);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isHorizontalSpace(c) || isVerticalSpace(c)) {
      const vertical = isVerticalSpace(c);
      const last = len > 0 ? out[len - 1] : -1;
      if (last === SPACE || last === NEWLINE) {
        if (vertical) out[len - 1] = NEWLINE;
        continue;
      }
      out[len] = vertical ? NEWLINE : SPACE;
      map[len++] = i;
      continue;
    }
    let f = FOLD[c]!;
    if (f === DROP) {
      // A decomposed й/ї/ў: fold the mark into the letter before it instead of dropping it.
      const prev = len > 0 ? RECOMPOSE.get(String.fromCharCode(out[len - 1]!, c)) : undefined;
      if (prev !== undefined) out[len - 1] = prev;
      continue;
    }
    // A hyphen inside a word ("сим-карта", "ЛГБТ-движение") reads as a space, so phrases match.
    if (
      isHyphen(c) &&
      len > 0 &&
      WORD[out[len - 1]!] === 1 &&
      i + 1 < n &&
      WORD[text.charCodeAt(i + 1)] === 1
    ) {
      f = SPACE;
    }
    out[len] = f;
    map[len++] = i;
  }
  fixMixedScripts(out, len);
  return { text: decode(out, len), map: map.subarray(0, len) };
}

/** Within each word that mixes Cyrillic and Latin letters, turns look-alikes into the majority script. */
function fixMixedScripts(out: Uint16Array, len: number): void {
  let i = 0;
  while (i < len) {
    if (WORD[out[i]!] !== 1) {
      i++;
      continue;
    }
    let end = i;
    let cyrillic = 0;
    let latin = 0;
    while (end < len && WORD[out[end]!] === 1) {
      const c = out[end]!;
      if (c >= 0x400 && c <= 0x4ff) cyrillic++;
      else if (c >= 0x61 && c <= 0x7a) latin++;
      end++;
    }
    if (cyrillic > 0 && latin > 0) {
      const table = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
      for (let k = i; k < end; k++) out[k] = table.get(out[k]!) ?? out[k]!;
    }
    i = end;
  }
}

const decoder = new TextDecoder('utf-16le');

function decode(units: Uint16Array, len: number): string {
  // Uint16Array is little-endian on every platform Node runs on.
  return decoder.decode(units.subarray(0, len));
}

/** Maps a normalised span back to the original text's [start, end). */
export function originalSpan(map: Int32Array, start: number, end: number): [number, number] {
  return [map[start]!, map[end - 1]! + 1];
}
