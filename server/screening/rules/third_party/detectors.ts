/** Other people's personal data found by shape: addresses, passports, a name next to a phone number. */
import type { DetectorRule } from '../../types';
import { THIRD_PARTY_MESSAGES as m } from './messages';

const rule = (detector: DetectorRule['detector'], note: string): DetectorRule => ({
  id: `third_party.${detector}`,
  category: 'third_party',
  severity: 'warn',
  detector,
  message: m.personal,
  note,
});

/** Shape rules of the `third_party` category. */
export const thirdPartyDetectors: DetectorRule[] = [
  rule('address', 'A postal address (street and number, a UK postcode). Whose it is the moderator can tell.'),
  rule('passport', 'A passport number.'),
  rule('name_with_phone', 'A first name and surname right before a phone number.'),
];
