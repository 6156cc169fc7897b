import { describe, expect, it } from 'vitest';
import { normalizeForMatching, originalSpan } from './normalize';

/** The original text under a normalised span. */
const back = (text: string, start: number, end: number): string => {
  const { map } = normalizeForMatching(text);
  const [s, e] = originalSpan(map, start, end);
  return text.slice(s, e);
};

describe('normalizeForMatching', () => {
  it('lower-cases and folds ё to е, keeping й', () => {
    expect(normalizeForMatching('ВОЙНЁ Ёлка').text).toBe('войне елка');
  });

  it('takes accents off Latin letters but not off Cyrillic ones', () => {
    expect(normalizeForMatching('Gefängnis ÉVASION Łódź').text).toBe('gefangnis evasion lodz');
    expect(normalizeForMatching('їжак йод ўсё').text).toBe('їжак йод ўсе');
  });

  it('recomposes a decomposed й instead of losing the breve', () => {
    expect(normalizeForMatching('во\u0438\u0306на').text).toBe('война');
  });

  it('drops invisible characters and maps every kept character back', () => {
    const text = 'вой\u00ADна и\u200B мир';
    const n = normalizeForMatching(text);
    expect(n.text).toBe('война и мир');
    expect(back(text, 0, 5)).toBe('вой\u00ADна');
  });

  it('collapses whitespace runs, keeping a line break as a line break', () => {
    expect(normalizeForMatching('a  \t b\u00A0c').text).toBe('a b c');
    expect(normalizeForMatching('a \n\n b').text).toBe('a\nb');
  });

  it('reads a hyphen inside a word as a space, but not a dash between words', () => {
    expect(normalizeForMatching('сим-карта').text).toBe('сим карта');
    expect(normalizeForMatching('Путин - вор').text).toBe('путин - вор');
  });

  it('turns Latin look-alikes in a Cyrillic word into Cyrillic, and the reverse', () => {
    expect(normalizeForMatching('вoйнa').text).toBe('война'); // Latin o and a
    expect(normalizeForMatching('Рutin').text).toBe('putin'); // Cyrillic Р
  });

  it('normalises apostrophes and double quotes', () => {
    expect(normalizeForMatching('don’t «Медуза» “x”').text).toBe('don\'t "медуза" "x"');
  });

  it('maps spans after emoji and astral characters to the right original offsets', () => {
    const text = '👋🏽 Привет, ВОЙНА';
    const n = normalizeForMatching(text);
    const start = n.text.indexOf('война');
    expect(back(text, start, start + 5)).toBe('ВОЙНА');
  });
});
