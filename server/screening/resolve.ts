/**
 * From lexicon hits to rule matches: drops matches inside an "allow" phrase of their category,
 * pairs proximity rules with their nearby word (same sentence, within N words), and maps spans
 * back to the original text.
 */
import { RefKind, type RuleSet } from './compile';
import type { LexiconHit } from './lexicon';
import { originalSpan, type Normalized } from './normalize';

/** A rule that matched, with its span in the original text. */
export interface RuleMatch {
  rule: number;
  start: number;
  end: number;
}

/** Word and sentence positions of a normalised text, for proximity. */
class Positions {
  private sentences: Int32Array | null = null;

  constructor(
    private readonly text: string,
    private readonly starts: number[],
  ) {}

  /** Index of the word containing (or starting at) `pos`. */
  wordAt(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Sentence number of word `w`: a full stop, ! ? … or a line break between words starts a new one. */
  sentenceOf(w: number): number {
    if (!this.sentences) {
      const s = new Int32Array(this.starts.length);
      let sentence = 0;
      let w = 0;
      for (let i = this.starts[0] ?? 0; i < this.text.length && w < this.starts.length; i++) {
        if (i === this.starts[w]) {
          s[w++] = sentence;
          continue;
        }
        const c = this.text.charCodeAt(i);
        if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x0a) sentence++;
      }
      this.sentences = s;
    }
    return this.sentences[w]!;
  }
}

/** Resolves `hits` of `set` in `norm` (word starts `starts`) into rule matches on the original text. */
export function resolveHits(
  set: RuleSet,
  norm: Normalized,
  starts: number[],
  hits: LexiconHit[],
): RuleMatch[] {
  if (hits.length === 0) return [];
  const allowed: LexiconHit[] = [];
  const near = new Map<number, LexiconHit[]>();
  const main: LexiconHit[] = [];
  for (const hit of hits) {
    const ref = set.lexicon.entries[hit.entry]!;
    if (ref.kind === RefKind.Allow) allowed.push(hit);
    else if (ref.kind === RefKind.Near) near.set(ref.rule, [...(near.get(ref.rule) ?? []), hit]);
    else main.push(hit);
  }
  const positions = new Positions(norm.text, starts);
  const out: RuleMatch[] = [];
  for (const hit of main) {
    const ref = set.lexicon.entries[hit.entry]!;
    const isAllowed = allowed.some(
      (a) =>
        set.lexicon.entries[a.entry]!.category === ref.category && a.start <= hit.start && hit.end <= a.end,
    );
    if (isAllowed) continue;
    const within = set.rules[ref.rule]!.within;
    let start = hit.start;
    let end = hit.end;
    if (within !== undefined) {
      const partner = closest(positions, hit, near.get(ref.rule) ?? [], within);
      if (!partner) continue;
      start = Math.min(start, partner.start);
      end = Math.max(end, partner.end);
    }
    const [s, e] = originalSpan(norm.map, start, end);
    out.push({ rule: ref.rule, start: s, end: e });
  }
  return out;
}

/** The nearby hit closest to `hit` in the same sentence, at most `within` words away. */
function closest(
  positions: Positions,
  hit: LexiconHit,
  candidates: LexiconHit[],
  within: number,
): LexiconHit | null {
  const a1 = positions.wordAt(hit.start);
  const a2 = positions.wordAt(hit.end - 1);
  const sentence = positions.sentenceOf(a1);
  let best: LexiconHit | null = null;
  let bestGap = Infinity;
  for (const c of candidates) {
    if (c.start < hit.end && hit.start < c.end) continue; // the same words are not "near"
    const b1 = positions.wordAt(c.start);
    const b2 = positions.wordAt(c.end - 1);
    const gap = b1 > a2 ? b1 - a2 : a1 - b2;
    if (gap <= within && gap < bestGap && positions.sentenceOf(b1) === sentence) {
      best = c;
      bestGap = gap;
    }
  }
  return best;
}
