import { describe, expect, it } from 'vitest';
import { normalizedContentHash } from './content-hash';

describe('normalizedContentHash', () => {
  const body = 'We are thinking of you.\nThe whole town signed this card — stay strong!';

  it('is a SHA-256 hex digest', () => {
    expect(normalizedContentHash(body)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores case, spacing, punctuation, accents, ё and invisible characters', () => {
    const variant = '  WE are   thinking of you...\n\nthe whole\u00A0town signed this card, stay strong ';
    expect(normalizedContentHash(variant)).toBe(normalizedContentHash(body));
    expect(normalizedContentHash('Всё хорошо, café')).toBe(normalizedContentHash('все хоро\u200Bшо cafe'));
  });

  it('ignores the greeting line, which campaigns change per prisoner', () => {
    expect(normalizedContentHash(`Dear Artem,\n${body}`)).toBe(normalizedContentHash(`Dear Ilya!\n${body}`));
  });

  it('differs for different texts', () => {
    expect(normalizedContentHash(body)).not.toBe(normalizedContentHash(`${body} P.S. Write back!`));
  });
});
