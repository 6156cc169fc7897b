import { describe, expect, it } from 'vitest';
import type { ModerationFlag } from './api';
import { flagMarks, groupByRule, numberFlags, onlyInfo, pairParagraphs, writerPreview } from './logic';

const flag = (over: Partial<ModerationFlag>): ModerationFlag => ({
  ruleId: 'war.en.war',
  category: 'war',
  severity: 'block',
  start: 0,
  end: 3,
  message: 'Please leave out the war.',
  note: '',
  ...over,
});

describe('pairParagraphs', () => {
  it('pairs paragraphs by position; extra ones stand alone', () => {
    expect(
      pairParagraphs(
        [
          { start: 0, end: 5 },
          { start: 7, end: 9 },
        ],
        [{ start: 0, end: 6 }],
      ),
    ).toEqual([
      { original: { start: 0, end: 5 }, russian: { start: 0, end: 6 } },
      { original: { start: 7, end: 9 } },
    ]);
    expect(pairParagraphs(undefined, [{ start: 0, end: 2 }])).toEqual([{ russian: { start: 0, end: 2 } }]);
  });
});

describe('numbered flags', () => {
  it('numbers by position, continues numbering for the second text, lists the most serious first', () => {
    const flags = [
      flag({ severity: 'info', start: 1, end: 4 }),
      flag({ severity: 'block', start: 10, end: 13 }),
    ];
    expect(numberFlags(flags).map(({ flag: f, n }) => [n, f.severity])).toEqual([
      [2, 'block'],
      [1, 'info'],
    ]);
    expect(numberFlags(flags, 3).map(({ n }) => n)).toEqual([4, 3]);
    expect(flagMarks(numberFlags(flags))).toEqual([
      { start: 10, end: 13, kind: 'sev-block', id: '2', title: 'war' },
      { start: 1, end: 4, kind: 'sev-info', id: '1', title: 'war' },
    ]);
  });

  it('says whether nothing is above info', () => {
    expect(onlyInfo({ source: [flag({ severity: 'info' })], translation: [] })).toBe(true);
    expect(onlyInfo({ source: [], translation: [flag({ severity: 'warn' })] })).toBe(false);
  });
});

describe('writerPreview', () => {
  it('composes reasons, quoted passages with advice, and the moderator’s words, without repeats', () => {
    const original = 'I hope the war ends soon.';
    const reasons = [
      { id: 'case', label: 'Case', text: 'Leave out the case.' },
      { id: 'war', label: 'War', text: 'Leave out the war.' },
    ];
    const flags = [flag({ start: 11, end: 14, suggestion: 'I hope for peace' })];
    expect(
      writerPreview(reasons, ['war'], flags, ['war.en.war', 'war.en.war'], original, '  Thank you!  '),
    ).toBe('Leave out the war.\n\n«war»: Please leave out the war. (I hope for peace)\n\nThank you!');
    expect(writerPreview(reasons, [], flags, [], original, '')).toBe('');
  });
});

describe('groupByRule', () => {
  it('shows a rule once with all its numbers and distinct passages, in list order', () => {
    const text = 'cake and cake and war';
    const numbered = numberFlags([
      flag({ ruleId: 'food', severity: 'info', start: 0, end: 4 }),
      flag({ ruleId: 'food', severity: 'info', start: 9, end: 13 }),
      flag({ ruleId: 'war', severity: 'block', start: 18, end: 21 }),
    ]);
    expect(groupByRule(numbered, text).map((g) => [g.flag.ruleId, g.numbers, g.passages])).toEqual([
      ['war', [3], ['war']],
      ['food', [1, 2], ['cake']],
    ]);
  });
});
