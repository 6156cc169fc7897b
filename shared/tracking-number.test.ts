/** Tracking-number checks: the S10 check digit against published examples, shapes, normal form. */
import { describe, expect, it } from 'vitest';
import { normalizeTrackingNumber, s10CheckDigit, trackingNumberProblem } from './tracking-number';

describe('tracking numbers', () => {
  it('computes the S10 check digit, including the 10 → 0 and 11 → 5 cases', () => {
    // The UPU S10 example EE 47312482 9 GB, and the sequence 12345678 → 5.
    expect(s10CheckDigit('47312482')).toBe(9);
    expect(s10CheckDigit('12345678')).toBe(5);
    // Weighted sums ≡ 1 and ≡ 0 (mod 11): 11 − 1 = 10 → 0, 11 − 0 = 11 → 5.
    expect(s10CheckDigit('00000008')).toBe(0);
    expect(s10CheckDigit('00000000')).toBe(5);
  });

  it('accepts 14-digit Почта России and valid S10 codes, refuses the rest with the reason', () => {
    expect(trackingNumberProblem('60196701234567')).toBeNull();
    expect(trackingNumberProblem('EE473124829GB')).toBeNull();
    expect(trackingNumberProblem('RA123456785RU')).toBeNull();
    expect(trackingNumberProblem('RA123456789RU')).toBe('check_digit');
    expect(trackingNumberProblem('6019670123456')).toBe('format');
    expect(trackingNumberProblem('R1123456785RU')).toBe('format');
    expect(trackingNumberProblem('')).toBe('format');
  });

  it('drops spaces and dashes and upper-cases letters', () => {
    expect(normalizeTrackingNumber(' ra 1234-5678 5 ru ')).toBe('RA123456785RU');
    expect(normalizeTrackingNumber('601967\t01 23456 7')).toBe('60196701234567');
  });
});
