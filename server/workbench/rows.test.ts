import { describe, expect, it } from 'vitest';
import { segmentText } from '../mt/segment';
import { alignedPairs, composeRows, rowAt, splitIntoRows } from './rows';

const LETTER =
  'Dear Rinat,\n\nI am a teacher from Lyon. I think of you often. Do you still play chess?\n\nWarm wishes, Claire';

describe('composeRows', () => {
  it('joins rows of a paragraph with spaces and paragraphs with a blank line, with each row’s place', () => {
    const source = segmentText(LETTER);
    const rows = [
      'Дорогой Ринат,',
      'Я учительница из Лиона.',
      'Я часто думаю о вас.',
      'Вы всё ещё играете в шахматы?',
      'С теплом, Клер',
    ];
    const { text, spans } = composeRows(source, rows);
    expect(text).toBe(
      'Дорогой Ринат,\n\nЯ учительница из Лиона. Я часто думаю о вас. Вы всё ещё играете в шахматы?\n\nС теплом, Клер',
    );
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(rows[span.row]);
    expect(rowAt(spans, text.indexOf('думаю'))).toBe(2);
  });

  it('leaves out empty rows and paragraphs whose rows are all empty', () => {
    const source = segmentText(LETTER);
    const { text, spans } = composeRows(source, ['  Дорогой Ринат, ', '', '', '', 'С теплом, Клер']);
    expect(text).toBe('Дорогой Ринат,\n\nС теплом, Клер');
    expect(spans.map((s) => s.row)).toEqual([0, 4]);
  });
});

describe('splitIntoRows', () => {
  it('gives back the rows a composed text came from', () => {
    const source = segmentText(LETTER);
    const rows = [
      'Дорогой Ринат,',
      'Я учительница из Лиона.',
      'Я часто думаю о вас.',
      'Вы всё ещё играете в шахматы?',
      'С теплом, Клер',
    ];
    expect(splitIntoRows(source, composeRows(source, rows).text)).toEqual(rows);
  });

  it('puts a paragraph whose sentences do not line up into its first row, losing nothing', () => {
    const source = segmentText(LETTER);
    const saved =
      'Дорогой Ринат!\n\nЯ учительница из Лиона и часто думаю о вас; играете ли вы в шахматы?\n\nКлер';
    expect(splitIntoRows(source, saved)).toEqual([
      'Дорогой Ринат!',
      'Я учительница из Лиона и часто думаю о вас; играете ли вы в шахматы?',
      '',
      '',
      'Клер',
    ]);
  });

  it('appends paragraphs beyond the original’s to the last row', () => {
    const source = segmentText('Hello.\n\nBye.');
    expect(splitIntoRows(source, 'Привет.\n\nПока.\n\nP.S. Ещё.')).toEqual(['Привет.', 'Пока. P.S. Ещё.']);
  });
});

describe('alignedPairs', () => {
  it('pairs sentences only where paragraphs and sentence counts agree', () => {
    const pairs = alignedPairs(
      'Dear Rinat,\n\nI think of you. Stay strong!\n\nClaire',
      'Дорогой Ринат,\n\nЯ думаю о вас, держитесь!\n\nКлер',
    );
    expect(pairs).toEqual([
      { source: 'Dear Rinat,', target: 'Дорогой Ринат,' },
      { source: 'Claire', target: 'Клер' },
    ]);
  });

  it('pairs nothing when a paragraph is missing (no guessing)', () => {
    expect(alignedPairs('One.\n\nTwo.', 'Один. Два.')).toEqual([]);
  });
});
