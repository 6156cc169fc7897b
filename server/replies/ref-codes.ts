/**
 * Finding a letter's reference code ("LB-4F7K2Q") in a reply's text. Typed text (an e-letter)
 * carries it exactly; OCR of Russian pages reads the Latin code with Cyrillic look-alikes
 * ("1В-4Е7К2О0" for "LB-4F7K2Q"). So: exact codes after folding look-alikes can match a letter on
 * their own; anything read only approximately is offered to a volunteer as a suggestion.
 */
import { foldLookAlikes, REF_CODE_ALPHABET as CODE_ALPHABET } from '../../shared/ref-code';

/** Codes written out exactly in `text` (after folding look-alikes), without duplicates. */
export function exactRefCodes(text: string): string[] {
  const folded = foldLookAlikes(text);
  const pattern = new RegExp(`\\bLB\\s?[-‐–—]\\s?([${CODE_ALPHABET}]{6})(?![${CODE_ALPHABET}])`, 'g');
  return [...new Set([...folded.matchAll(pattern)].map((m) => `LB-${m[1]}`))];
}

/**
 * Fragments that look like a badly read code: a prefix like "LB", "1B", "ЛВ" and a dash, then
 * 5–8 code-like characters. Returned as the 5–8 characters after the dash, folded.
 */
export function approximateCodeTails(text: string): string[] {
  const folded = foldLookAlikes(text);
  const pattern = /(?:^|[^A-Z0-9])[L1I|Л]\s?[B8]\s?[-‐–—]\s?([A-Z0-9]{5,8})/g;
  return [...new Set([...folded.matchAll(pattern)].map((m) => m[1]!))];
}

/** Pairs OCR mixes up in the code's font: swapping one for the other costs less than a real error. */
const CONFUSABLE = new Set(
  [
    'EF',
    'OQ',
    'OD',
    '0Q',
    '0D',
    '0O',
    '5S',
    '8B',
    '2Z',
    '6G',
    'UV',
    'VY',
    'MN',
    'HN',
    'PR',
    'CG',
    'KX',
  ].flatMap((pair) => [pair, pair[1]! + pair[0]!]),
);

function substitutionCost(x: string, y: string): number {
  if (x === y) return 0;
  return CONFUSABLE.has(x + y) ? 0.4 : 1;
}

/**
 * Edit distance for 6–8 character codes: insertions and deletions cost 1, substitutions 1, or
 * 0.4 between characters OCR confuses (E/F, O/Q, 8/B, …).
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + substitutionCost(a[i - 1]!, b[j - 1]!),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Known codes within `maxDistance` edits of a badly read tail, closest first. Only suggestions:
 * a volunteer confirms the match by hand.
 */
export function nearRefCodes(tails: readonly string[], known: readonly string[], maxDistance = 2): string[] {
  const scored = known
    .map((code) => ({
      code,
      distance: Math.min(...tails.map((tail) => editDistance(tail, code.slice(3)))),
    }))
    .filter((c) => c.distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code));
  return scored.map((c) => c.code);
}
