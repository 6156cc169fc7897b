/**
 * The word-pattern syntax of rule files, expanded into plain normalised strings for the trie.
 *
 * - `войн{а,ы,е,у,ой,}` — alternatives (an empty one allowed; groups may nest); several groups multiply.
 * - `войн{@a}` — a named ending set from `morphology.ts` (noun, adjective paradigms).
 * - `мобилизова*` — `*` at the end of a word: any further letters of that word.
 * - `*хуй*` — `*` at the start (first word only): the pattern may begin inside a word.
 * - spaces separate words; a hyphen in the text also reads as a space.
 */
import { ENDING_SETS } from './morphology';
import { normalizeForMatching } from './normalize';

/** One expanded pattern, ready for the trie. */
export interface ExpandedPattern {
  /** Normalised text; `*` only at word ends (and, with `infix`, not at the start). */
  text: string;
  /** Began with `*`: may start inside a word. */
  infix: boolean;
}

/** Thrown for a malformed pattern; the message names it, so a bad rule file fails its test. */
export class PatternError extends Error {
  override name = 'PatternError';
}

/**
 * Expands braces (nested allowed) and ending sets.
 * @example expandBraces('войн{а,у}') → ['война', 'войну']
 */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) {
    if (pattern.includes('}')) throw new PatternError(`Unbalanced braces in pattern "${pattern}"`);
    return [pattern];
  }
  const { close, parts } = splitGroup(pattern, open);
  const head = pattern.slice(0, open);
  const alternatives = parts.flatMap((alt) => {
    if (!alt.startsWith('@')) return expandBraces(alt);
    const set = ENDING_SETS[alt.slice(1)];
    if (!set) throw new PatternError(`Unknown ending set "${alt}" in pattern "${pattern}"`);
    return set;
  });
  const rest = expandBraces(pattern.slice(close + 1));
  const out: string[] = [];
  for (const alt of alternatives) for (const r of rest) out.push(head + alt + r);
  return out;
}

/** The top-level alternatives of the group opening at `open`, and where it closes. */
function splitGroup(pattern: string, open: number): { close: number; parts: string[] } {
  const parts: string[] = [];
  let depth = 0;
  let from = open + 1;
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) {
      parts.push(pattern.slice(from, i));
      return { close: i, parts };
    } else if (ch === ',' && depth === 1) {
      parts.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  throw new PatternError(`Unbalanced braces in pattern "${pattern}"`);
}

/** Most strings one pattern may expand to: a phrase multiplying full paradigms wants `*` instead. */
export const MAX_EXPANSIONS = 1000;

/** Expands and normalises one pattern of a rule file, checking where `*` may stand. */
export function expandPattern(pattern: string): ExpandedPattern[] {
  // Normalising first (braces, commas and @ are untouched by it) is far cheaper than per expansion.
  const expanded = expandBraces(normalizeForMatching(pattern.trim()).text);
  if (expanded.length > MAX_EXPANSIONS) {
    throw new PatternError(
      `Pattern "${pattern}" expands to ${expanded.length} strings; use "*" for word endings`,
    );
  }
  const seen = new Set<string>();
  const out: ExpandedPattern[] = [];
  for (const raw of expanded) {
    let text = raw.replace(/ {2,}/g, ' ').trim();
    const infix = text.startsWith('*');
    if (infix) text = text.slice(1);
    checkStars(text, pattern);
    if (text.length === 0) throw new PatternError(`Pattern "${pattern}" expands to an empty string`);
    if (seen.has(text + infix)) continue;
    seen.add(text + infix);
    out.push({ text, infix });
  }
  return out;
}

function checkStars(text: string, pattern: string): void {
  for (let i = text.indexOf('*'); i >= 0; i = text.indexOf('*', i + 1)) {
    const next = text[i + 1];
    if (i === 0 || (next !== undefined && next !== ' ')) {
      throw new PatternError(`"*" may only end a word (or begin the pattern) in "${pattern}"`);
    }
  }
}
