/** Reference codes as volunteers type them and OCR reads them: one reading for dashboard and server. */
import { describe, expect, it } from 'vitest';
import { foldLookAlikes, readRefCode } from './ref-code';

describe('readRefCode', () => {
  it('reads a code however it was typed', () => {
    expect(readRefCode('LB-4F7K2Q')).toBe('LB-4F7K2Q');
    expect(readRefCode(' lb-4f7k2q ')).toBe('LB-4F7K2Q');
    expect(readRefCode('LB 4F7K2Q')).toBe('LB-4F7K2Q');
    expect(readRefCode('LB4F7K2Q')).toBe('LB-4F7K2Q');
    expect(readRefCode('LB–4F7K2Q')).toBe('LB-4F7K2Q');
    // Typed on a Russian layout: Cyrillic В and К for Latin B and K.
    expect(readRefCode('LВ-4F7К2Q')).toBe('LB-4F7K2Q');
    // Cyrillic З for the digit 3, as OCR also reads it.
    expect(readRefCode('LB-З4F7K2')).toBe('LB-34F7K2');
    // Codes issued before J and Z were dropped from new codes are still read.
    expect(readRefCode('LB-J7ZK2Q')).toBe('LB-J7ZK2Q');
  });

  it('is null until the code is whole, and for characters no code has', () => {
    expect(readRefCode('LB-4F7K')).toBeNull();
    expect(readRefCode('LB-4F7K2QX')).toBeNull();
    expect(readRefCode('LB-0O1IL2')).toBeNull();
    expect(readRefCode('LB-4F7K2О')).toBeNull();
    expect(readRefCode('Галиев')).toBeNull();
  });
});

describe('foldLookAlikes', () => {
  it('upper-cases and turns Cyrillic look-alikes into Latin, leaving other letters alone', () => {
    expect(foldLookAlikes('1в-4е7к2о0')).toBe('1B-4E7K2O0');
    expect(foldLookAlikes('Галиев')).toBe('ГAЛИEB');
  });
});
