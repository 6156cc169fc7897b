import { describe, expect, it } from 'vitest';
import { screenText, type PrisonerContext } from './index';
import { prisonerRuleFile, prisonerRuleSet } from './prisoner-rules';

// A fictional prisoner (like the demo records): real article numbers, invented people.
const prisoner: PrisonerContext = {
  surname: 'Мельников',
  givenName: 'Артём',
  articles: [{ article: '205.2', part: '2' }, { article: '275' }],
  coDefendants: ['Денис Соколов', 'Кравец Ирина'],
  caseNames: ['следователь Петрова'],
  caseKeywords: ['листовки', 'поджог военкомата'],
};

const caseFlags = (text: string, language: string): string[] =>
  screenText({ text, language, prisoner })
    .flags.filter((f) => f.ruleId.startsWith('case.prisoner.'))
    .map((f) => `${f.ruleId.slice('case.prisoner.'.length)}:${text.slice(f.start, f.end)}`);

describe("the prisoner's case rules", () => {
  it('flag the article, alone when it has a dot, beside "статья" when it has none', () => {
    expect(caseFlags('Говорят, 205.2 дают за любой пост.', 'ru')).toEqual(['article:205.2']);
    expect(caseFlags('Статья 275 — это страшно.', 'ru')).toEqual(['article:Статья 275']);
    expect(caseFlags('Книга на 275 страниц.', 'ru')).toEqual([]);
    expect(caseFlags('You were charged under article 275.', 'en')).toEqual(['article:article 275']);
  });

  it('flag co-defendants by surname in any case, not by a common given name alone', () => {
    expect(caseFlags('Передай привет Соколову и Кравцу.', 'ru')).toEqual([
      'person:Соколову',
      'person:Кравцу',
    ]);
    expect(caseFlags('Мой друг Денис тоже пишет тебе.', 'ru')).toEqual([]);
  });

  it('flag the Latin spellings writers type', () => {
    expect(caseFlags('Say hi to Denis Sokolov. Grüße an Irina Krawez!', 'en')).toEqual([
      'person:Sokolov',
      'person:Krawez',
    ]);
    expect(caseFlags("Sokolow's letter came.", 'de')).toEqual(['person:Sokolow']);
  });

  it('treat other people of the case like co-defendants', () => {
    expect(caseFlags('Эта Петрова на допросе кричала.', 'ru')).toEqual(['person:Петрова']);
  });

  it('flag case keywords in any grammatical form', () => {
    expect(caseFlags('Из-за каких-то листовок!', 'ru')).toEqual(['keyword:листовок']);
    expect(caseFlags('Про поджог военкомата писали все.', 'ru')).toEqual(['keyword:поджог военкомата']);
  });

  it('flag the case named after the prisoner, in Russian and Latin letters', () => {
    expect(caseFlags('Я слежу за делом Мельникова.', 'ru')).toEqual(['own_case:делом Мельникова']);
    expect(caseFlags('I followed the Melnikov case closely.', 'en')).toEqual(['own_case:Melnikov case']);
    expect(caseFlags('Der Fall Melnikow bewegt mich.', 'de')).toEqual(['own_case:Fall Melnikow']);
  });

  it('do not flag the prisoner’s own name in a greeting', () => {
    expect(caseFlags('Дорогой Артём Мельников, здравствуйте!', 'ru')).toEqual([]);
  });

  it('are block, and replace the generic warn of the same article', () => {
    const { flags } = screenText({ text: 'по ст. 205.2', language: 'ru', prisoner });
    expect(flags.map((f) => [f.ruleId, f.severity])).toEqual([['case.prisoner.article', 'block']]);
  });

  it('ignore characters that mean something in patterns, and empty case data', () => {
    const odd: PrisonerContext = {
      surname: 'X',
      givenName: '',
      articles: [{ article: '{1,2}*' }],
      caseKeywords: ['a*{b}'],
    };
    expect(() => prisonerRuleFile(odd)).not.toThrow();
    expect(prisonerRuleFile({ surname: '', givenName: '', articles: [] }).rules).toEqual([]);
  });

  it('are compiled once per distinct case', () => {
    expect(prisonerRuleSet({ ...prisoner })).toBe(prisonerRuleSet({ ...prisoner }));
    expect(prisonerRuleSet({ ...prisoner, caseKeywords: ['другое'] })).not.toBe(prisonerRuleSet(prisoner));
  });
});
