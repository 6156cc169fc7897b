import { describe, expect, it } from 'vitest';
import { addPattern, createLexicon, scanLexicon, wordStarts } from './lexicon';
import { normalizeForMatching } from './normalize';

/** The words each pattern label matched in `text`. */
function matches(patterns: Record<string, string>, text: string): string[] {
  const lexicon = createLexicon<string>();
  for (const [label, pattern] of Object.entries(patterns)) addPattern(lexicon, pattern, label);
  const norm = normalizeForMatching(text).text;
  return scanLexicon(lexicon, norm, wordStarts(norm))
    .map((h) => `${lexicon.entries[h.entry]!}:${norm.slice(h.start, h.end)}`)
    .sort();
}

describe('the lexicon trie', () => {
  it('matches whole words only', () => {
    expect(matches({ war: 'war{,s}' }, 'war, wars, award, warm, swarm')).toEqual(['war:war', 'war:wars']);
  });

  it('extends a trailing * to the end of the word', () => {
    expect(matches({ m: 'мобилизова*' }, 'Мобилизовали, мобилизованный, мобилизация')).toEqual([
      'm:мобилизовали',
      'm:мобилизованный',
    ]);
  });

  it('lets a leading * start inside a word, reporting the whole word', () => {
    expect(matches({ f: '*fuck*' }, 'motherfucker, fuck, fluke')).toEqual(['f:fuck', 'f:motherfucker']);
    expect(matches({ k: '*krieg{,s}' }, 'Weltkrieg, kriegen, Krieg')).toEqual(['k:krieg', 'k:weltkrieg']);
  });

  it('matches phrases across a hyphen or a run of spaces, not across punctuation', () => {
    expect(matches({ s: 'сим карт{а,у}' }, 'сим-карту и сим   карта, но не сим, карта')).toEqual([
      's:сим карта',
      's:сим карту',
    ]);
  });

  it('matches a phrase with * inside', () => {
    expect(matches({ l: 'международн* движени* лгбт' }, 'Международного движения ЛГБТ')).toEqual([
      'l:международного движения лгбт',
    ]);
  });

  it('can start a pattern at an opening quote', () => {
    expect(matches({ m: '"медуз{@a}"' }, 'читаю «Медузу», видела медузу')).toEqual(['m:"медузу"']);
  });

  it('matches a pattern ending in a full stop even when a digit follows', () => {
    expect(matches({ a: 'ст.' }, 'ст.275 и ст. 280')).toEqual(['a:ст.', 'a:ст.']);
  });
});
