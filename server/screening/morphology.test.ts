import { describe, expect, it } from 'vitest';
import { keywordStem, latinSpellings, russianNameForms } from './morphology';

describe('russianNameForms', () => {
  it('declines -ов surnames for both genders', () => {
    const forms = russianNameForms('Соколов');
    for (const f of ['соколов', 'соколова', 'соколову', 'соколовым', 'соколове', 'соколовой'])
      expect(forms).toContain(f);
  });

  it('declines feminine -ева surnames and -ий adjectives', () => {
    expect(russianNameForms('Галиева')).toEqual(expect.arrayContaining(['галиева', 'галиевой', 'галиеву']));
    expect(russianNameForms('Достоевский')).toEqual(expect.arrayContaining(['достоевского', 'достоевскому']));
  });

  it('handles a fleeting vowel (Кравец → Кравца) and given names in -а and -й', () => {
    expect(russianNameForms('Кравец')).toEqual(expect.arrayContaining(['кравец', 'кравца', 'кравцу']));
    expect(russianNameForms('Ирина')).toEqual(expect.arrayContaining(['ирины', 'ирине', 'ирину', 'ириной']));
    expect(russianNameForms('Сергей')).toEqual(expect.arrayContaining(['сергея', 'сергею', 'сергеем']));
  });
});

describe('latinSpellings', () => {
  it('gives the spellings English, German and French writers use', () => {
    const s = latinSpellings('Соколов');
    for (const v of ['sokolov', 'sokolow', 'sokoloff']) expect(s).toContain(v);
    expect(latinSpellings('Мифтахов')).toEqual(
      expect.arrayContaining(['miftakhov', 'miftahov', 'miftachov']),
    );
    expect(latinSpellings('Кравец')).toEqual(expect.arrayContaining(['kravets', 'krawez', 'kravec']));
  });

  it('spells the soft sign both ways and stays under the cap', () => {
    expect(latinSpellings('Мельников')).toEqual(expect.arrayContaining(['melnikov', "mel'nikov"]));
    expect(latinSpellings('Щербачёвская', 20).length).toBeLessThanOrEqual(20);
  });
});

describe('keywordStem', () => {
  it('cuts a Russian ending so every case matches, and leaves short or Latin words whole', () => {
    expect(keywordStem('листовки')).toBe('листовк');
    expect(keywordStem('Военкомата')).toBe('военкомат');
    expect(keywordStem('пост')).toBe('пост');
    expect(keywordStem('Telegram')).toBe('telegram');
  });
});
