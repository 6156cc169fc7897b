/** Links, emails, phone numbers, and card, IBAN and bank account numbers. */
import type { DetectorRule } from '../../types';
import { CONTACT_MESSAGES as m } from './messages';

const rule = (detector: DetectorRule['detector'], bank: boolean, note: string): DetectorRule => ({
  id: `contact.${detector}`,
  category: 'contact',
  severity: bank ? 'block' : 'warn',
  detector,
  message: bank ? m.bank : m.contact,
  note,
});

/** Shape rules of the `contact` category. */
export const contactDetectors: DetectorRule[] = [
  rule('url', false, 'A web address. The writer may be exposing themselves; the prisoner cannot open it.'),
  rule(
    'email',
    false,
    'An email address (often the writer’s own, which the organisation keeps out of letters).',
  ),
  rule(
    'handle',
    false,
    'A social-network handle (@name): it leads to a profile, often on a banned platform.',
  ),
  rule('phone', false, 'A phone number: international (+…) or with a trunk prefix (8…, 0…).'),
  rule('card', true, 'A payment card number (Luhn checksum valid).'),
  rule('iban', true, 'An IBAN (mod-97 checksum valid).'),
  rule('account', true, 'A 20-digit Russian bank account number.'),
];
