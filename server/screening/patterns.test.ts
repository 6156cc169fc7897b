import { describe, expect, it } from 'vitest';
import { ENDING_SETS } from './morphology';
import { expandBraces, expandPattern, MAX_EXPANSIONS, PatternError } from './patterns';

describe('expandBraces', () => {
  it('expands alternatives, including the empty one', () => {
    expect(expandBraces('войн{а,у,}')).toEqual(['война', 'войну', 'войн']);
  });

  it('multiplies several groups and expands nested ones', () => {
    expect(expandBraces('{a,b}{1,2}')).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect(expandBraces('x {y{1,2},z} w')).toEqual(['x y1 w', 'x y2 w', 'x z w']);
  });

  it('replaces a named ending set with its endings', () => {
    expect(expandBraces('войн{@a}')).toEqual(ENDING_SETS.a!.map((e) => `войн${e}`));
  });

  it('refuses unknown sets and unbalanced braces', () => {
    expect(() => expandBraces('x{@nope}')).toThrow(PatternError);
    expect(() => expandBraces('x{a,b')).toThrow(PatternError);
    expect(() => expandBraces('x}')).toThrow(PatternError);
  });
});

describe('expandPattern', () => {
  it('normalises, de-duplicates and marks infix patterns', () => {
    expect(expandPattern('ВОЙН{А,а}')).toEqual([{ text: 'война', infix: false }]);
    expect(expandPattern('*пизд*')).toEqual([{ text: 'пизд*', infix: true }]);
  });

  it('reads a hyphen in a pattern as the space it will be in the text', () => {
    expect(expandPattern('сим-карт{а,у}').map((p) => p.text)).toEqual(['сим карта', 'сим карту']);
  });

  it('allows * only at the end of a word', () => {
    expect(expandPattern('мобилизова* солдат*').map((p) => p.text)).toEqual(['мобилизова* солдат*']);
    expect(() => expandPattern('во*на')).toThrow(PatternError);
  });

  it('refuses a phrase that multiplies full paradigms beyond the limit', () => {
    expect(() => expandPattern('{@adj} {@adj} {@adj}')).toThrow(new RegExp(`expands to \\d+ strings`));
    expect(ENDING_SETS.adj!.length ** 3).toBeGreaterThan(MAX_EXPANSIONS);
  });
});
