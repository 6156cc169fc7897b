/** Money and dates as the dispatcher types and reads them. */
import i18next from 'i18next';

/** "110 ₽", "3,60 €": minor units in the UI language, kopecks shown only when there are any. */
export function money(minor: number, currency: string): string {
  const whole = minor % 100 === 0;
  try {
    return new Intl.NumberFormat(i18next.language || 'en', {
      style: 'currency',
      currency,
      // "₽110" rather than "RUB 110" in English.
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    }).format(minor / 100);
  } catch {
    return `${(minor / 100).toFixed(2)} ${currency}`;
  }
}

/** Sums per currency, joined: "220 ₽ + 7,20 €". */
export function totals(list: readonly { currency: string; minor: number }[]): string {
  return list.map((t) => money(t.minor, t.currency)).join(' + ');
}

/**
 * Minor units from what a person typed ("55", "55,50", "1 100.5"); null for an empty field,
 * NaN for something that is not an amount.
 */
export function parseMoney(input: string): number | null {
  const text = input.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (text === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return Number.NaN;
  return Math.round(Number(text) * 100);
}

/** Today in the dispatcher's own calendar, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Characters as the services count them (code points). */
export function charCount(text: string): number {
  return [...text].length;
}
