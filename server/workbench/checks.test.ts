import { describe, expect, it } from 'vitest';
import { segmentText } from '../mt/segment';
import { runChecks, type CheckIssue } from './checks';
import { buildGlossary } from './glossary';
import { composeRows } from './rows';

const RINAT = { surname: 'Галиев', givenName: 'Ринат', patronymic: 'Ильдарович', latinNames: [] };

function check(sourceText: string, rows: string[], targetLanguage = 'ru', language = 'en'): CheckIssue[] {
  const source = segmentText(sourceText);
  return runChecks({
    source,
    sourceText,
    rows,
    composed: composeRows(source, rows),
    sourceLanguage: language,
    targetLanguage,
    glossary: buildGlossary(RINAT, sourceText, language, targetLanguage === 'ru' ? 'to_ru' : 'from_ru'),
  });
}

const codes = (issues: CheckIssue[]) => issues.map((i) => `${i.code}@${i.row}`);

describe('runChecks', () => {
  it('passes a faithful translation', () => {
    const issues = check('Dear Rinat,\n\nOn 12 May I turned 40. I think of you.', [
      'Дорогой Ринат,',
      '12 мая мне исполнилось 40 лет.',
      'Я думаю о вас.',
    ]);
    expect(issues).toEqual([]);
  });

  it('finds Latin-script words left in the Russian, with their place', () => {
    const issues = check('We went to Hamburg by train.', ['Мы поехали в Hamburg на поезде.']);
    const left = issues.find((i) => i.code === 'script_left')!;
    expect(left).toMatchObject({ severity: 'error', row: 0, params: { word: 'Hamburg', script: 'Latin' } });
    expect('Мы поехали в Hamburg на поезде.'.slice(left.start, left.end)).toBe('Hamburg');
  });

  it('finds Cyrillic left in a reply translated into English', () => {
    const issues = check('Спасибо за письмо.', ['Thank you for the письмо.'], 'en', 'ru');
    expect(issues.map((i) => i.params.word)).toEqual(['письмо']);
  });

  it('reports numbers and dates that changed, either way', () => {
    const issues = check('My daughter was born on 3 March 2015. She is 9.', [
      'Моя дочь родилась 3 марта 2016 года.',
      'Ей 9 лет.',
    ]);
    expect(codes(issues)).toEqual(['number_missing@0', 'number_extra@0']);
    expect(issues.map((i) => i.params.number)).toEqual(['2015', '2016']);
  });

  it('treats thousands separators and leading zeros alike', () => {
    expect(check('It cost 1,000 euros on 05.06.', ['Это стоило 1 000 евро 5.06.'])).toEqual([]);
  });

  it('reports untranslated sentences (an untranslated paragraph once per sentence)', () => {
    const issues = check('Hello Rinat.\n\nI like books. I read a lot.\n\nBye.', [
      'Привет, Ринат.',
      '',
      '',
      'Пока.',
    ]);
    expect(codes(issues)).toEqual(['empty_row@1', 'empty_row@2']);
  });

  it('reports paragraphs the translation adds', () => {
    const extra = check('Hello Rinat. I like books.\n\nBye.', [
      'Привет, Ринат.\n\nЯ люблю книги.',
      '',
      'Пока.',
    ]);
    expect(extra.find((i) => i.code === 'paragraph_count')!.params).toEqual({ expected: 2, actual: 3 });
  });

  it('reports a row far shorter than its original', () => {
    const issues = check('This summer we travelled through the mountains of Norway for three long weeks.', [
      'Летом мы были в горах.',
    ]);
    expect(codes(issues)).toContain('length_ratio@0');
  });

  it('wants the glossary’s name wherever the original names the prisoner, in any case', () => {
    expect(check('I wrote to Rinat yesterday.', ['Вчера я написала Ринату.'])).toEqual([]);
    const missing = check('I wrote to Rinat yesterday.', ['Вчера я написала вам.']);
    expect(codes(missing)).toEqual(['name_missing@0']);
  });

  it('catches a near-miss spelling of the name as an error', () => {
    const issues = check('Dear Rinat Galiev!', ['Дорогой Ринат Галеев!']);
    const wrong = issues.find((i) => i.code === 'name_misspelled')!;
    expect(wrong).toMatchObject({ severity: 'error', params: { word: 'Галеев', name: 'Галиев' } });
  });

  it('places a finding of a later row at its offset in the composed text', () => {
    const source = segmentText('Dear Rinat.\n\nWe saw Galiev’s name in the XX century book.');
    const rows = ['Дорогой Ринат.', 'Мы видели имя Галеева в книге про XX век.'];
    const composed = composeRows(source, rows);
    const issues = check('Dear Rinat.\n\nWe saw Galiev’s name in the XX century book.', rows);
    // Roman numerals are Russian too; the near miss is found in row 1, where it is in the text.
    expect(issues.map((i) => [i.code, i.row, composed.text.slice(i.start, i.end)])).toEqual([
      ['name_misspelled', 1, 'Галеева'],
    ]);
  });

  it('wants the name back in a reply, in its Latin spelling', () => {
    expect(check('Привет от Рината!', ['Greetings from Rinat!'], 'en', 'ru')).toEqual([]);
    expect(codes(check('Привет от Рината!', ['Greetings from him!'], 'en', 'ru'))).toEqual([
      'name_missing@0',
    ]);
  });
});
