import { describe, expect, it } from 'vitest';
import type { Checks, Draft, Segment } from './api';
import { creditedEngine, draftChoices, draftsByRow, glossaryMarks, rowMarks, rowsByParagraph } from './rows';
import { marksWithin, splitByMarks } from './spans';

describe('splitByMarks', () => {
  it('cuts the text at every boundary and gives back the text unchanged', () => {
    const text = 'Мы поехали в Hamburg на поезде.';
    const pieces = splitByMarks(text, [
      { start: 13, end: 20, kind: 'issue-error' },
      { start: 0, end: 2, kind: 'spelling' },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.marks.length).map((p) => [p.text, p.marks[0]!.kind])).toEqual([
      ['Мы', 'spelling'],
      ['Hamburg', 'issue-error'],
    ]);
  });

  it('lets overlapping marks both cover the overlap, and clips marks outside the text', () => {
    const pieces = splitByMarks('abcdef', [
      { start: 1, end: 4, kind: 'a' },
      { start: 3, end: 99, kind: 'b' },
      { start: 5, end: 5, kind: 'empty' },
    ]);
    expect(pieces.map((p) => [p.text, p.marks.map((m) => m.kind).join('+')])).toEqual([
      ['a', ''],
      ['bc', 'a'],
      ['d', 'a+b'],
      ['ef', 'b'],
    ]);
  });

  it('moves marks into a slice of the text', () => {
    expect(marksWithin([{ start: 8, end: 14, kind: 'x' }], 10, 20)).toEqual([
      { start: 0, end: 4, kind: 'x' },
    ]);
    expect(marksWithin([{ start: 0, end: 3, kind: 'x' }], 10, 20)).toEqual([]);
  });
});

const checks: Checks = {
  text: 'Привет, Ринат.\n\nМы были в Hamburg, на войне.',
  spans: [
    { row: 0, start: 0, end: 14 },
    { row: 1, start: 16, end: 44 },
  ],
  issues: [
    {
      code: 'script_left',
      severity: 'error',
      row: 1,
      start: 26,
      end: 33,
      params: { word: 'Hamburg' },
      message: '',
    },
    { code: 'paragraph_count', severity: 'warning', row: null, params: {}, message: '' },
  ],
  flags: [{ ruleId: 'war.ru.war', category: 'war', severity: 'block', start: 38, end: 43, message: '' }],
  spelling: { state: 'ready', issues: [{ word: 'Ринат', start: 8, end: 13, suggestions: [] }] },
};
const rows = ['Привет, Ринат.', '  Мы были в Hamburg, на войне.'];

describe('rowMarks', () => {
  it('places findings of the composed text inside each row, counting the row’s leading spaces', () => {
    const marks = rowMarks({ rows, checks }, 1, rows[1]!);
    expect(marks.map((m) => [rows[1]!.slice(m.start, m.end), m.kind])).toEqual([
      ['Hamburg', 'issue-error'],
      ['войне', 'flag-block'],
    ]);
    expect(rowMarks({ rows, checks }, 0, rows[0]!).map((m) => rows[0]!.slice(m.start, m.end))).toEqual([
      'Ринат',
    ]);
  });

  it('draws nothing on a row edited since it was checked', () => {
    expect(rowMarks({ rows, checks }, 1, 'Мы были в Гамбурге.')).toEqual([]);
    expect(rowMarks(undefined, 1, rows[1]!)).toEqual([]);
  });
});

describe('drafts and glossary', () => {
  const drafts: Draft[] = [
    {
      index: 0,
      text: 'Дорогой Ринат,',
      engine: 'phrasebook',
      score: 1,
      alternatives: ['Дорогая Ринат,', 'Дорогой Ринат,'],
    },
    { index: 0, text: 'Уважаемый Ринат,', engine: 'memory', score: 0.8 },
    { index: 2, text: 'Держитесь!', engine: 'phrasebook', score: 1 },
  ];

  it('groups drafts by row and lists each distinct text once, best first', () => {
    const byRow = draftsByRow(drafts);
    expect([...byRow.keys()]).toEqual([0, 2]);
    expect(draftChoices(byRow.get(0)).map((c) => c.text)).toEqual([
      'Дорогой Ринат,',
      'Дорогая Ринат,',
      'Уважаемый Ринат,',
    ]);
    expect(draftChoices(undefined)).toEqual([]);
  });

  it('credits the engine most accepted drafts came from', () => {
    expect(
      creditedEngine(
        new Map([
          [0, 'memory'],
          [1, 'phrasebook'],
          [2, 'memory'],
        ]),
      ),
    ).toBe('memory');
    expect(creditedEngine(new Map())).toBeUndefined();
  });

  it('marks glossary spellings inside a sentence, and groups rows by paragraph', () => {
    const segments: Segment[] = [
      { index: 0, paragraph: 0, start: 0, end: 11, text: 'Dear Rinat,' },
      { index: 1, paragraph: 1, start: 13, end: 37, text: 'I read about Mr Galiyev.' },
    ];
    const glossary = [
      {
        kind: 'name' as const,
        target: 'Галиев',
        spellings: [],
        used: ['Galiyev'],
        spans: [{ start: 29, end: 36 }],
      },
    ];
    expect(glossaryMarks(glossary, segments[1]!)).toEqual([
      { start: 16, end: 23, kind: 'gloss-name', title: 'Галиев' },
    ]);
    expect(glossaryMarks(glossary, segments[0]!)).toEqual([]);
    expect(rowsByParagraph(segments).map((g) => g.map((s) => s.index))).toEqual([[0], [1]]);
  });
});
