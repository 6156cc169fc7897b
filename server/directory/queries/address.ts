/**
 * The postal block for a letter to one person: the facility's official name, its address in the
 * order a Russian envelope wants (street … postcode), and the recipient in the dative case with
 * the year of birth. A recipient line that may be wrongly inflected is flagged for a human; one
 * a human confirmed (`prisoners.recipient_dative`) is used as it is.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { queryRow } from '../../db/rows';
import { formatPostalAddress } from '../facilities/address';
import { recipientLine, type DativeFlag } from '../names/dative';
import type { Gender } from '../names/split';
import { canReceiveLettersSql } from '../prisoners/status';
import { PUBLIC_PRISONER } from './prisoner-row';

/** The envelope block. */
export interface AddressBlock {
  prisonerId: string;
  country: string;
  facilityId: string;
  facilityName: string;
  /** Street, house, locality, district, region, postcode (Belarus: as the source writes it). */
  address: string;
  postcode: string | null;
  recipient: string;
  /** The three (Belarus: four) lines, ready to print. */
  lines: string[];
  /** True when a human must confirm the recipient line before it is printed. */
  needsReview: boolean;
  flags: DativeFlag[];
  /** A human confirmed the recipient line. */
  confirmed: boolean;
  occupied: boolean;
  canReceiveLetters: boolean;
}

/** Why there is no block. */
export type NoAddress = 'not_found' | 'no_facility';

interface Row {
  id: string;
  country: string;
  surname: string;
  given_name: string;
  patronymic: string;
  gender: Gender;
  birth_year: number | null;
  birth_date: string | null;
  recipient_dative: string | null;
  can_receive_letters: boolean;
  facility_id: string | null;
  official_name: string | null;
  postcode: string | null;
  address_raw: string | null;
  address_region: string | null;
  address_district: string | null;
  address_locality: string | null;
  address_street: string | null;
  address_house: string | null;
  address_notes: string | null;
  occupied: boolean | null;
}

/** Builds the block for a public person (by id or slug). */
export async function prisonerAddress(db: Queryable, idOrSlug: string): Promise<AddressBlock | NoAddress> {
  const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu.test(idOrSlug);
  const row = await queryRow<Row>(
    db,
    sql`SELECT p.id, p.country, p.surname, p.given_name, p.patronymic, p.gender, p.birth_year, p.birth_date::text AS birth_date,
               p.recipient_dative, ${canReceiveLettersSql('p')} AS can_receive_letters,
               f.id AS facility_id, f.official_name, f.postcode, f.address_raw, f.address_region, f.address_district,
               f.address_locality, f.address_street, f.address_house, f.address_notes, f.occupied
          FROM prisoners p LEFT JOIN facilities f ON f.id = p.facility_id
         WHERE ${byId ? sql`p.id = ${idOrSlug}::uuid` : sql`p.slug = ${idOrSlug}`} AND ${PUBLIC_PRISONER}`,
  );
  if (!row) return 'not_found';
  if (!row.facility_id || !row.official_name || !row.address_raw) return 'no_facility';
  const year = row.birth_year ?? (row.birth_date ? Number(row.birth_date.slice(0, 4)) : null);
  const computed = recipientLine(
    { surname: row.surname, givenName: row.given_name, patronymic: row.patronymic, gender: row.gender },
    year,
  );
  const confirmed = Boolean(row.recipient_dative);
  const recipient = confirmed
    ? year
      ? `${row.recipient_dative}, ${year} г.р.`
      : row.recipient_dative!
    : computed.text;
  const address =
    row.country === 'RU'
      ? formatPostalAddress({
          postcode: row.postcode,
          region: row.address_region,
          district: row.address_district,
          locality: row.address_locality,
          street: row.address_street,
          house: row.address_house,
          notes: row.address_notes,
        })
      : row.address_raw;
  const lines =
    row.country === 'BY'
      ? [row.official_name, address, 'REPUBLIC OF BELARUS', recipient]
      : [row.official_name, address, recipient];
  return {
    prisonerId: row.id,
    country: row.country,
    facilityId: row.facility_id,
    facilityName: row.official_name,
    address,
    postcode: row.postcode,
    recipient,
    lines,
    needsReview: confirmed ? false : computed.needsReview,
    flags: confirmed ? [] : computed.flags,
    confirmed,
    occupied: row.occupied ?? false,
    canReceiveLetters: row.can_receive_letters,
  };
}
