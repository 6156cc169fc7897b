/** Codes and ciphers found by shape: unknown scripts, digit runs, number codes, jumbles, Morse. */
import type { DetectorRule } from '../../types';
import { CODE_MESSAGES as m } from './messages';

const rule = (
  detector: DetectorRule['detector'],
  severity: DetectorRule['severity'],
  note: string,
): DetectorRule => ({
  id: `code.${detector}`,
  category: 'code',
  severity,
  detector,
  message: detector === 'script' ? m.script : m.code,
  note,
});

/** Shape rules of the `code` category. */
export const codeDetectors: DetectorRule[] = [
  rule(
    'script',
    'block',
    'Letters of a script other than Latin, Cyrillic or Greek (runes, Hebrew, Arabic, Chinese…): "secret writing" to a censor.',
  ),
  rule('digits', 'warn', 'A run of seven or more digits that is not a phone, card or account number.'),
  rule(
    'number_sequence',
    'warn',
    'Five or more small numbers in a row ("7 14 3 22 9"): looks like a cipher.',
  ),
  rule(
    'jumble',
    'warn',
    'A token switching between letters and digits ("X7K9Q2T"): looks like a code or password.',
  ),
  rule('morse', 'warn', 'Dots and dashes in groups: Morse code.'),
];
