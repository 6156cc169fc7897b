/**
 * The workbench's row logic, pure so it can be tested without a browser: drafts per row, where
 * the checks' findings fall inside each row's text, which findings are stale (the row changed
 * since it was checked), the glossary marks of a source sentence, and which engine to credit.
 */
import type { Checks, Draft, GlossaryTerm, Segment } from './api';
import { marksWithin, type Mark } from './spans';

/** Drafts grouped by row, best first (the server already ordered them). */
export function draftsByRow(drafts: readonly Draft[]): Map<number, Draft[]> {
  const map = new Map<number, Draft[]>();
  for (const draft of drafts) map.set(draft.index, [...(map.get(draft.index) ?? []), draft]);
  return map;
}

/** Every text a row's drafts offer, the best first, without repeats (alternatives included). */
export function draftChoices(drafts: readonly Draft[] | undefined): { text: string; draft: Draft }[] {
  const seen = new Set<string>();
  const choices: { text: string; draft: Draft }[] = [];
  for (const draft of drafts ?? []) {
    for (const text of [draft.text, ...(draft.alternatives ?? [])]) {
      if (seen.has(text)) continue;
      seen.add(text);
      choices.push({ text, draft });
    }
  }
  return choices;
}

/** Checks together with the rows they were computed for. */
export interface CheckedRows {
  rows: readonly string[];
  checks: Checks;
}

/**
 * The marks to draw inside row `row` whose current text is `text`: script left, misspelled
 * names, screening flags and spelling, moved from the composed text into the row's own offsets.
 * Nothing is drawn on a row edited since the check (the offsets would point at the wrong words).
 */
export function rowMarks(checked: CheckedRows | undefined, row: number, text: string): Mark[] {
  if (!checked || checked.rows[row] !== text) return [];
  const span = checked.checks.spans.find((s) => s.row === row);
  if (!span) return [];
  // The composed text holds the row trimmed: shift by the whitespace the textarea still shows.
  const lead = text.length - text.trimStart().length;
  const all: Mark[] = [
    ...checked.checks.issues
      .filter((i) => i.start !== undefined && i.end !== undefined)
      .map((i, n) => ({ start: i.start!, end: i.end!, kind: `issue-${i.severity}`, id: `issue-${n}` })),
    ...checked.checks.flags.map((f, n) => ({
      start: f.start,
      end: f.end,
      kind: `flag-${f.severity}`,
      id: `flag-${n}`,
    })),
    ...checked.checks.spelling.issues.map((s, n) => ({
      start: s.start,
      end: s.end,
      kind: 'spelling',
      id: `spell-${n}`,
    })),
  ];
  return marksWithin(all, span.start, span.end).map((m) => ({
    ...m,
    start: m.start + lead,
    end: m.end + lead,
  }));
}

/** The row a finding belongs to: its own `row`, else the row its offset falls in. */
export function rowOfOffset(checks: Checks, offset: number): number | null {
  let found: number | null = null;
  for (const span of checks.spans) if (span.start <= offset) found = span.row;
  return found;
}

/** Glossary marks inside one source sentence, in the sentence's offsets. */
export function glossaryMarks(glossary: readonly GlossaryTerm[], segment: Segment): Mark[] {
  const marks: Mark[] = [];
  for (const term of glossary) {
    for (const span of term.spans) {
      marks.push({
        start: span.start,
        end: span.end,
        kind: term.kind === 'name' ? 'gloss-name' : 'gloss-term',
        ...(term.target ? { title: term.target } : {}),
      });
    }
  }
  return marksWithin(marks, segment.start, segment.end);
}

/** The engine most accepted drafts came from (stored with the translation), if any. */
export function creditedEngine(accepted: ReadonlyMap<number, string>): string | undefined {
  const counts = new Map<string, number>();
  for (const engine of accepted.values()) counts.set(engine, (counts.get(engine) ?? 0) + 1);
  let best: string | undefined;
  for (const [engine, n] of counts) if (!best || n > counts.get(best)!) best = engine;
  return best;
}

/** Rows of each paragraph, for drawing paragraph breaks between groups of rows. */
export function rowsByParagraph(segments: readonly Segment[]): Segment[][] {
  const groups: Segment[][] = [];
  for (const segment of segments) (groups[segment.paragraph] ??= []).push(segment);
  return groups.filter(Boolean);
}
