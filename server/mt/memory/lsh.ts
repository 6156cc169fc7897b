/**
 * MinHash locality-sensitive hashing over the same trigrams PostgreSQL's pg_trgm uses, so that
 * the stored segments whose pg_trgm similarity (the Jaccard index of the trigram sets) with a new
 * segment is high share "band keys" with it. Band keys live one per row in
 * `translation_memory_bands`; a lookup counts shared keys per stored segment in an index-only
 * B-tree scan, takes the few with most shared keys, and only those are scored exactly with
 * pg_trgm. A plain `%` query over a trigram index has to read the posting lists of common
 * trigrams (" th", "the", "ich") and recheck tens of thousands of rows; this reads a few hundred
 * index entries.
 *
 * With BANDS bands of ROWS hashes each, a pair of similarity s shares at least one band key with
 * probability 1 − (1 − s^ROWS)^BANDS: 0.79 at s = 0.5, 0.96 at 0.6, 0.999 at 0.7, but 0.012 at
 * s = 0.15; and the expected number of shared keys, BANDS·s^ROWS, ranks the candidates.
 */
import { createHash } from 'node:crypto';
import { memoryKey } from '../normalize';

/** Number of band keys per segment. */
export const BANDS = 24;
/**
 * Band keys shared by more stored segments than this become stop keys that lookups skip. With
 * 100,000 synthetic letter sentences, 5 % of a letter's keys (the openings every letter shares,
 * "my sister visited the …") carried two thirds of the index entries a lookup read, yet a key
 * shared by hundreds of segments adds at most one count to each of them and ranks nothing; the
 * fuzzy recall measured by the benchmark stayed the same without them.
 */
export const STOP_KEY_SEGMENTS = 250;
/** MinHash values combined into one band key. */
export const ROWS = 4;

/** Trigrams of a text as pg_trgm extracts them: per word of letters/digits, padded "  word ". */
export function trigrams(text: string): Set<string> {
  const result = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const chars = [...`  ${match[0]} `];
    for (let i = 0; i + 3 <= chars.length; i++) result.add(chars.slice(i, i + 3).join(''));
  }
  return result;
}

/** pg_trgm-style similarity of two texts (|A∩B| / |A∪B| of their trigram sets), 0..1. */
export function trigramSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return common / (x.size + y.size - common);
}

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit integers with good avalanche. */
function fmix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => fmix32(0x9e3779b9 + i * 0x632be5ab));

/**
 * The distinct band keys (signed 32-bit, for an `integer` column) of a normalised segment for
 * one language pair: BANDS of them, fewer only by chance collisions. The pair is mixed into every
 * key, so keys of different pairs never meet. A segment without trigrams (only punctuation) gets
 * one key that only an identical text shares.
 */
export function bandKeys(norm: string, from: string, to: string): number[] {
  const pair = fnv1a(`${from}>${to}`);
  const grams = [...trigrams(norm)].map((t) => fnv1a(t));
  if (grams.length === 0) {
    return [fmix32(fnv1a(norm, pair)) | 0];
  }
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let key = fmix32(pair ^ Math.imul(band + 1, 0x27d4eb2d));
    for (let row = 0; row < ROWS; row++) {
      const seed = SEEDS[band * ROWS + row]!;
      let min = 0xffffffff;
      for (const g of grams) {
        const h = fmix32(g ^ seed);
        if (h < min) min = h;
      }
      key = fmix32(key ^ min) + row;
    }
    keys.push(key | 0);
  }
  return [...new Set(keys)];
}

/** SHA-256 (hex) of language pair and the segment's {@link memoryKey}: the exact-match key. */
export function sourceHash(norm: string, from: string, to: string): string {
  return createHash('sha256')
    .update(`${from}\u0000${to}\u0000${memoryKey(norm)}`)
    .digest('hex');
}
