import { describe, expect, it } from 'vitest';
import { formatArticle, parseArticles } from './articles';

const brief = (text: string, code?: 'RU' | 'BY') =>
  parseArticles(text, code).map((a) => [a.article, a.part ?? null, a.point ?? null]);

describe('parseArticles', () => {
  it.each([
    ['ч. 2 ст. 205.2 УК РФ', [['205.2', '2', null]]],
    ['ст.207.3 ч.2 п.«д»', [['207.3', '2', 'д']]],
    ['п. «а» ч. 2 ст. 213 УК РФ', [['213', '2', 'а']]],
    ['статья 275 УК РФ (госизмена)', [['275', null, null]]],
    [
      'ч. 2 ст. 205.2, ч. 1 ст. 282.2 УК РФ',
      [
        ['205.2', '2', null],
        ['282.2', '1', null],
      ],
    ],
    [
      'ст. 280.3 ч.1; ст. 207.3 ч.2 п. «д» УК РФ',
      [
        ['280.3', '1', null],
        ['207.3', '2', 'д'],
      ],
    ],
    [
      'ч. 2 ст. 205.2 УК РФ ч. 1 ст. 282.2 УК РФ',
      [
        ['205.2', '2', null],
        ['282.2', '1', null],
      ],
    ],
    [
      'ч.1 ст.30, ч.1 ст.105',
      [
        ['30', '1', null],
        ['105', '1', null],
      ],
    ],
    [
      'ст.ст. 205.2, 280 УК РФ',
      [
        ['205.2', null, null],
        ['280', null, null],
      ],
    ],
    [
      'ч. 1 и 2 ст. 280.3',
      [
        ['280.3', '1', null],
        ['280.3', '2', null],
      ],
    ],
    [
      'п.п. «а», «б» ч. 2 ст. 215.2',
      [
        ['215.2', '2', 'а'],
        ['215.2', '2', 'б'],
      ],
    ],
    [
      'ч. 3 ст. 30, п. «б» ч. 2 ст. 205 УК',
      [
        ['30', '3', null],
        ['205', '2', 'б'],
      ],
    ],
    ['ст. 20.3.1 КоАП', []],
    ['хулиганство', []],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('keeps the clause each article came from', () => {
    expect(parseArticles('ст. 280.3 ч.1; ст. 207.3 ч.2 п. «д» УК РФ').map((a) => a.raw)).toEqual([
      'ст. 280.3 ч.1',
      'ст. 207.3 ч.2 п. «д»',
    ]);
  });

  it('reads Viasna’s English forms as Belarusian articles, without the descriptions', () => {
    expect(
      brief('Part 2 of Art. 285 of the Criminal Code — Participation in a criminal organization', 'BY'),
    ).toEqual([['285', '2', null]]);
    expect(
      brief('Part 1 of Article 13 and Article 293 of the Criminal Code — Preparation for mass riots', 'BY'),
    ).toEqual([
      ['13', '1', null],
      ['293', null, null],
    ]);
    expect(parseArticles('Art. 361-4 of the Criminal Code', 'BY')).toEqual([
      { code: 'BY', article: '361-4', raw: 'Art. 361-4' },
    ]);
  });

  it('formats articles back for display', () => {
    const [a] = parseArticles('ст.207.3 ч.2 п.«д»');
    expect(formatArticle(a!)).toBe('п. «д» ч. 2 ст. 207.3 УК РФ');
    const [b] = parseArticles('Part 2 of Art. 285 of the Criminal Code', 'BY');
    expect(formatArticle(b!)).toBe('Part 2 of Art. 285 of the Criminal Code of Belarus');
  });
});
