/**
 * The envelope's recipient block, from the directory: the name in the dative with the year of
 * birth (a human-confirmed line when the directory has one, else petrovich's, flagged where it may
 * be wrong) and the facility's official name, postal address and postcode.
 */
import type { PrintableRecipient } from '../channels/post/types';
import { formatPostalAddress, parseRussianAddress } from '../directory/facilities/address';
import { recipientLine, type DativeFlag } from '../directory/names/dative';
import type { ConsoleLetter, FacilityRow } from './letters';

/** The dative line and why it may need a human look. */
export interface DativeLine {
  text: string;
  /** True when a coordinator confirmed the line in the directory. */
  confirmed: boolean;
  flags: DativeFlag[];
}

/** "Иванову Ивану Ивановичу, 1990 г.р.". */
export function dativeLineOf(prisoner: ConsoleLetter['prisoner']): DativeLine {
  const confirmed = prisoner.recipientDative?.trim();
  if (confirmed) {
    const year = prisoner.birthYear && !/г\.\s*р\./u.test(confirmed) ? `, ${prisoner.birthYear} г.р.` : '';
    return {
      text: `${confirmed}${year}`,
      confirmed: true,
      flags: prisoner.birthYear ? [] : ['no_birth_year'],
    };
  }
  const line = recipientLine(prisoner, prisoner.birthYear);
  return { text: line.text, confirmed: false, flags: line.flags };
}

/**
 * The address without postcode and country, as one line: street and house first, then locality,
 * district, region. The directory's parsed columns are used when present (a coordinator may have
 * corrected them); otherwise the raw address is parsed. Belarusian addresses are kept as written.
 */
export function addressLineOf(facility: FacilityRow): string {
  if (facility.country !== 'RU') {
    return facility.addressRaw
      .replace(facility.postcode ?? '\u0000', '')
      .replace(/^[\s,]+|[\s,]+$/g, '')
      .replace(/,\s*,/g, ',');
  }
  const parsed =
    facility.addressStreet || facility.addressLocality
      ? {
          region: facility.addressRegion,
          district: facility.addressDistrict,
          locality: facility.addressLocality,
          street: facility.addressStreet,
          house: facility.addressHouse,
          notes: facility.addressNotes,
        }
      : parseRussianAddress(facility.addressRaw);
  return formatPostalAddress({ ...parsed, postcode: null });
}

/** The recipient block for the envelope, or null without a facility or postcode. */
export function printableRecipientOf(letter: ConsoleLetter): PrintableRecipient | null {
  const { facility } = letter;
  if (!facility?.postcode) return null;
  return {
    dativeLine: dativeLineOf(letter.prisoner).text,
    facilityOfficialName: facility.officialName,
    addressLines: [addressLineOf(facility)],
    postcode: facility.postcode,
    country: letter.prisoner.country,
  };
}
