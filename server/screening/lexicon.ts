/**
 * Every word pattern of a language compiled into one character trie, scanned once per text from
 * each word start. This is the "one big alternation" of all rules, but deterministic: each step
 * is one map lookup, so the cost grows with the text, not with the number of rules, and a match
 * says directly which pattern (hence which rule) it belongs to.
 */
import { expandPattern } from './patterns';
import { isWordCode } from './normalize';

interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Reached by `*`: the rest of the current word, then continue here. */
  rest: TrieNode | null;
  /** Entries whose pattern ends here. */
  ends: number[] | null;
}

/** A compiled set of patterns; `entries[i]` is the caller's reference for pattern entry `i`. */
export interface Lexicon<T> {
  root: TrieNode;
  /** Patterns that may start inside a word; walked from every letter. */
  infix: TrieNode;
  /** 1 for each character an infix pattern can begin with: a cheap test before walking from every letter. */
  infixFirst: Uint8Array | null;
  entries: T[];
}

/** A match in normalised text: [start, end) and the entry it belongs to. */
export interface LexiconHit {
  entry: number;
  start: number;
  end: number;
}

const node = (): TrieNode => ({ next: null, rest: null, ends: null });

/** Starts an empty lexicon. */
export function createLexicon<T>(): Lexicon<T> {
  return { root: node(), infix: node(), infixFirst: null, entries: [] };
}

/** Adds every expansion of `pattern` to the lexicon, labelled `ref`. */
export function addPattern<T>(lexicon: Lexicon<T>, pattern: string, ref: T): void {
  const index = lexicon.entries.length;
  lexicon.entries.push(ref);
  for (const { text, infix } of expandPattern(pattern)) {
    let n = infix ? lexicon.infix : lexicon.root;
    if (infix) (lexicon.infixFirst ??= new Uint8Array(0x10000))[text.charCodeAt(0)] = 1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2a /* * */) {
        n = n.rest ??= node();
        continue;
      }
      n.next ??= new Map();
      let child = n.next.get(c);
      if (!child) n.next.set(c, (child = node()));
      n = child;
    }
    n.ends ??= [];
    if (!n.ends.includes(index)) n.ends.push(index);
  }
}

function wordEnd(text: string, pos: number): number {
  while (pos < text.length && isWordCode(text.charCodeAt(pos))) pos++;
  return pos;
}

/** Walks the trie from `start`, reporting each pattern end that falls on a word boundary. */
function walk(text: string, root: TrieNode, start: number, from: number, hits: LexiconHit[]): void {
  let n: TrieNode | undefined = root;
  let p = from;
  for (;;) {
    if (n.rest) walk(text, n.rest, start, wordEnd(text, p), hits);
    if (
      n.ends &&
      (p >= text.length || !isWordCode(text.charCodeAt(p)) || !isWordCode(text.charCodeAt(p - 1)))
    ) {
      for (const entry of n.ends) hits.push({ entry, start, end: p });
    }
    if (p >= text.length || !n.next) return;
    n = n.next.get(text.charCodeAt(p));
    if (!n) return;
    p++;
  }
}

/** Word starts of a normalised text. */
export function wordStarts(text: string): number[] {
  const starts: number[] = [];
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const w = isWordCode(text.charCodeAt(i));
    if (w && !inWord) starts.push(i);
    inWord = w;
  }
  return starts;
}

/** Every match of the lexicon in normalised `text` (whose word starts are `starts`). */
export function scanLexicon<T>(lexicon: Lexicon<T>, text: string, starts: number[]): LexiconHit[] {
  const hits: LexiconHit[] = [];
  for (const s of starts) walk(text, lexicon.root, s, s, hits);
  // A pattern may also begin with an opening quote ('"медуза"'), which is not a word start.
  for (let q = text.indexOf('"'); q >= 0; q = text.indexOf('"', q + 1)) {
    if (q + 1 < text.length && isWordCode(text.charCodeAt(q + 1))) walk(text, lexicon.root, q, q, hits);
  }
  const first = lexicon.infixFirst;
  if (first) {
    for (let i = 0; i < text.length; i++) {
      if (first[text.charCodeAt(i)] !== 1) continue;
      let s = i;
      while (s > 0 && isWordCode(text.charCodeAt(s - 1))) s--;
      walk(text, lexicon.infix, s, i, hits);
    }
  }
  return hits;
}
