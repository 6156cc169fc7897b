/**
 * The moderation screen's pure logic: original and Russian paragraphs paired for side-by-side
 * reading, flags as numbered marks, and the message the writer will read (the server composes
 * the same words; the screen shows them before the moderator sends).
 */
import type { Mark } from '../workbench/spans';
import type { Blocks, ModerationFlag, Reason } from './api';

/** One line of the side-by-side view: a paragraph of each text (either may be missing). */
export interface ParagraphPair {
  original?: { start: number; end: number };
  russian?: { start: number; end: number };
}

/** Pairs the n-th paragraphs of both texts; the longer text's extra paragraphs stand alone. */
export function pairParagraphs(original: Blocks | undefined, russian: Blocks | undefined): ParagraphPair[] {
  const a = original ?? [];
  const b = russian ?? [];
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => ({
    ...(a[i] ? { original: a[i] } : {}),
    ...(b[i] ? { russian: b[i] } : {}),
  }));
}

const RANK = { block: 0, warn: 1, info: 2 } as const;

/**
 * Flags with their number in the text (by position, from `first`: the Russian text's numbers
 * continue the original's, so a number names one flag), ordered for the list: most serious first.
 */
export function numberFlags(
  flags: readonly ModerationFlag[],
  first = 1,
): { flag: ModerationFlag; n: number }[] {
  return [...flags]
    .sort((x, y) => x.start - y.start)
    .map((flag, i) => ({ flag, n: first + i }))
    .sort((x, y) => RANK[x.flag.severity] - RANK[y.flag.severity] || x.n - y.n);
}

/** The marks of numbered flags (`id` is the flag's number). */
export function flagMarks(numbered: readonly { flag: ModerationFlag; n: number }[]): Mark[] {
  return numbered.map(({ flag, n }) => ({
    start: flag.start,
    end: flag.end,
    kind: `sev-${flag.severity}`,
    id: String(n),
    title: flag.category,
  }));
}

/** True when nothing is above `info`: the letter could have been fast-approved. */
export function onlyInfo(flags: { source: ModerationFlag[]; translation: ModerationFlag[] }): boolean {
  return [...flags.source, ...flags.translation].every((f) => f.severity === 'info');
}

/**
 * What the writer will read: the chosen reasons, the advice of the chosen passages (quoted from
 * the original), then the moderator's own words; repeats dropped, blank lines between.
 */
export function writerPreview(
  reasons: readonly Reason[],
  chosen: readonly string[],
  flags: readonly ModerationFlag[],
  chosenFlags: readonly string[],
  original: string,
  message: string,
): string {
  const parts = reasons.filter((r) => chosen.includes(r.id)).map((r) => r.text);
  for (const ruleId of new Set(chosenFlags)) {
    const flag = flags.find((f) => f.ruleId === ruleId);
    if (!flag) continue;
    parts.push(
      `«${original.slice(flag.start, flag.end)}»: ${flag.message}${flag.suggestion ? ` (${flag.suggestion})` : ''}`,
    );
  }
  if (message.trim()) parts.push(message.trim());
  return [...new Set(parts)].join('\n\n');
}

/** Numbered flags of one rule shown as one entry: the rule's first flag, all numbers, every passage. */
export interface FlagGroup {
  flag: ModerationFlag;
  numbers: number[];
  passages: string[];
}

/** Groups numbered flags by rule, keeping the list's order (most serious first). */
export function groupByRule(
  numbered: readonly { flag: ModerationFlag; n: number }[],
  text: string,
): FlagGroup[] {
  const groups = new Map<string, FlagGroup>();
  for (const { flag, n } of numbered) {
    const passage = text.slice(flag.start, flag.end);
    const group = groups.get(flag.ruleId);
    if (!group) groups.set(flag.ruleId, { flag, numbers: [n], passages: [passage] });
    else {
      group.numbers.push(n);
      if (!group.passages.includes(passage)) group.passages.push(passage);
    }
  }
  return [...groups.values()];
}
