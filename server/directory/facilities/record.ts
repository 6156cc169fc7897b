/**
 * One facility as the registry stores it, built from a source row: type and number read, official
 * name built, address parsed, region placed (occupied territory marked), nicknames gathered.
 */
import { parseRussianAddress } from './address';
import { facilityNicknames } from './nicknames';
import { placeRegion } from './occupied';
import { facilityKind, facilityNumber, officialFacilityName, shortFacilityName } from './official-name';

/** The columns of a `facilities` row that an import sets. */
export interface FacilityRecord {
  country: string;
  region: string;
  regionCode: string | null;
  occupied: boolean;
  type: string;
  number: string;
  shortName: string;
  nicknames: string[];
  territorialBody: string;
  officialName: string;
  postcode: string | null;
  addressRaw: string;
  addressRegion: string | null;
  addressDistrict: string | null;
  addressLocality: string | null;
  addressStreet: string | null;
  addressHouse: string | null;
  addressNotes: string | null;
  source: string;
  sourceKey: string;
}

/** A source row of the Russian registry, in either of its forms. */
export interface RegistryRow {
  region: string;
  /** "ИК", "СИЗО (ц. п.)", ... */
  type: string;
  /** "2", "б/н". */
  number: string;
  nickname: string;
  territorialBody: string;
  address: string;
}

/** The source name used for rows of the memo_parse registry. */
export const REGISTRY_SOURCE = 'memo_parse';

/**
 * Builds the stored form of one registry row. The natural key is region + type + number as the
 * source writes them, which is unique in the source and survives a change of address or name.
 */
export function registryRecord(row: RegistryRow): FacilityRecord {
  const region = row.region.replace(/\s+/g, ' ').trim();
  const kind = facilityKind(row.type);
  const number = facilityNumber(row.number);
  const shortName = shortFacilityName(kind.type, number);
  const territorialBody = kind.central ? 'ФСИН России' : row.territorialBody.replace(/\s+/g, ' ').trim();
  const address = parseRussianAddress(row.address);
  const placement = placeRegion(region, address.region);
  return {
    country: 'RU',
    region,
    regionCode: placement.regionCode ?? null,
    occupied: placement.occupied,
    type: kind.type,
    number,
    shortName,
    nicknames: facilityNicknames(placement.regionCode, shortName, kind.central, row.nickname),
    territorialBody,
    officialName: officialFacilityName({ type: kind.type, number, territorialBody, central: kind.central }),
    postcode: address.postcode,
    addressRaw: row.address.trim(),
    addressRegion: address.region,
    addressDistrict: address.district,
    addressLocality: address.locality,
    addressStreet: address.street,
    addressHouse: address.house,
    addressNotes: address.notes,
    source: REGISTRY_SOURCE,
    sourceKey: `${region}|${kind.type}${kind.central ? ' (ц. п.)' : ''}|${number || 'б/н'}`,
  };
}
