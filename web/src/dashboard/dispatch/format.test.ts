/** What a dispatcher types as an amount, and how amounts read back. */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { charCount, money, parseMoney, today, totals } from './format';

beforeAll(async () => {
  await i18next.init({ lng: 'en', resources: {}, showSupportNotice: false });
});

describe('amounts', () => {
  it('reads what people type, with a comma or a point, spaces allowed', () => {
    expect(parseMoney('55')).toBe(5500);
    expect(parseMoney('55,5')).toBe(5550);
    expect(parseMoney(' 1 100.25 ')).toBe(110025);
    expect(parseMoney('')).toBeNull();
    expect(parseMoney('55 ₽')).toBeNaN();
    expect(parseMoney('1.234')).toBeNaN();
    expect(parseMoney('-5')).toBeNaN();
  });

  it('shows kopecks and cents only when there are any, per currency', () => {
    expect(money(11000, 'RUB')).toBe('₽110');
    expect(money(360, 'EUR')).toBe('€3.60');
    expect(
      totals([
        { currency: 'RUB', minor: 22000 },
        { currency: 'EUR', minor: 720 },
      ]),
    ).toBe('₽220 + €7.20');
  });
});

describe('counting and dates', () => {
  it('counts characters by code point, as the services do', () => {
    expect(charCount('ёж 🙂')).toBe(4);
  });

  it("gives today's date in the dispatcher's own calendar", () => {
    expect(today(new Date(2025, 2, 9, 23, 30))).toBe('2025-03-09');
  });
});
