/**
 * Registered-mail tracking numbers, checked the same way by the API and the dashboard:
 * - Почта России's domestic RPO code (ШПИ): 14 digits — the posting office's postcode, the month,
 *   a serial number and a check digit. Its check-digit rule is not published in a source we could
 *   verify, so only the shape is checked: a wrong number is refused by the post's own tracking,
 *   a right one must never be refused here.
 * - The international UPU S10 code: two letters, eight digits, a check digit and the issuing
 *   country, e.g. RA123456785RU. The S10 check digit is standard and catches most typos.
 * Volunteers copy numbers from receipts with spaces or dashes ("RA 1234 5678 5 RU"); those are
 * dropped and letters upper-cased before checking, and numbers are stored in that normal form.
 */

/** A 14-digit Почта России RPO code. */
export const RPO_PATTERN = /^\d{14}$/;

/** A 13-character UPU S10 code. */
export const S10_PATTERN = /^[A-Z]{2}\d{9}[A-Z]{2}$/;

/** Why a tracking number was refused. */
export type TrackingNumberProblem = 'format' | 'check_digit';

/** The number without spaces and dashes, letters upper-cased. */
export function normalizeTrackingNumber(raw: string): string {
  return raw.replace(/[\s-]+/g, '').toUpperCase();
}

/** The S10 check digit of eight serial digits (weights 8 6 4 2 3 5 9 7, modulo 11). */
export function s10CheckDigit(serial: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(serial[i]), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

/** What is wrong with a normalized number, or null when it is a valid RPO or S10 code. */
export function trackingNumberProblem(normalized: string): TrackingNumberProblem | null {
  if (RPO_PATTERN.test(normalized)) return null;
  if (!S10_PATTERN.test(normalized)) return 'format';
  return s10CheckDigit(normalized.slice(2, 10)) === Number(normalized[10]) ? null : 'check_digit';
}

/** An English sentence for a refused number (the dashboard words the problem in its own language). */
export function trackingNumberMessage(raw: string, problem: TrackingNumberProblem): string {
  return problem === 'format'
    ? `"${raw}" is not a tracking number: enter the 14 digits of a Почта России number or a 13-character international one such as RA123456785RU.`
    : `The check digit of "${raw}" does not match: look for a typo.`;
}
