import { describe, expect, it } from 'vitest';
import { SAMPLE_RUSSIAN_LETTER } from './fixtures';
import { charLength, countUnits, DEFAULT_PRICING, splitIntoUnits } from './pricing';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('splitIntoUnits', () => {
  it('keeps a text that fits in one unit whole', () => {
    expect(splitIntoUnits(SAMPLE_RUSSIAN_LETTER, 2500)).toEqual([SAMPLE_RUSSIAN_LETTER]);
  });

  it('cuts a long letter into units no longer than the limit that join back to the text', () => {
    const long = [SAMPLE_RUSSIAN_LETTER, SAMPLE_RUSSIAN_LETTER, SAMPLE_RUSSIAN_LETTER].join('\n\n');
    for (const size of [2500, 1000, 300]) {
      const units = splitIntoUnits(long, size);
      expect(units.length).toBeGreaterThanOrEqual(Math.ceil(charLength(long) / size));
      for (const unit of units) {
        expect(charLength(unit)).toBeLessThanOrEqual(size);
        expect(unit).toBe(unit.trim());
      }
      expect(squash(units.join(' '))).toBe(squash(long));
    }
  });

  it('prefers paragraph and sentence ends to cutting mid-sentence', () => {
    const long = [SAMPLE_RUSSIAN_LETTER, SAMPLE_RUSSIAN_LETTER].join('\n\n');
    const units = splitIntoUnits(long, 1000);
    for (const unit of units.slice(0, -1)) expect(unit).toMatch(/([.!?…]|Анна)$/);
  });

  it('cuts a word longer than a unit and counts characters by code point', () => {
    expect(splitIntoUnits('абвгдеёжзи', 4)).toEqual(['абвг', 'деёж', 'зи']);
    expect(splitIntoUnits('😀😀😀', 2)).toEqual(['😀😀', '😀']);
    expect(charLength('😀')).toBe(1);
  });

  it('gives no units for an empty text and rejects a silly unit size', () => {
    expect(splitIntoUnits('  \n ', 10)).toEqual([]);
    expect(() => splitIntoUnits('текст', 0)).toThrow(RangeError);
  });
});

describe('countUnits', () => {
  it('counts e-letter pages and one unit per posted letter', () => {
    const long = [SAMPLE_RUSSIAN_LETTER, SAMPLE_RUSSIAN_LETTER].join('\n\n');
    expect(countUnits(SAMPLE_RUSSIAN_LETTER, DEFAULT_PRICING.fsin_pismo)).toBe(1);
    expect(countUnits(long, DEFAULT_PRICING.fsin_pismo)).toBe(2);
    expect(countUnits(long, DEFAULT_PRICING.post)).toBe(1);
    expect(countUnits('', DEFAULT_PRICING.fsin_pismo)).toBe(1);
  });
});
