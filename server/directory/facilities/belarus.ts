/**
 * Belarusian facilities as Viasna's records name them: an English title ("Penal colony No. 15")
 * and a postal address in Belarusian Latin ("213105, Mahilioŭ, Viejna, Slaŭharadskaja šaša 183").
 * Region codes come from the postcode (ISO 3166-2:BY); names are the standard Russian forms
 * ("Исправительная колония № 15"), which Belarusian post accepts.
 */
import type { FacilityRecord } from './record';

/** Postcode prefixes of Belarusian regions. */
const BY_REGIONS: [RegExp, string, string][] = [
  [/^220/u, 'BY-HM', 'Минск'],
  [/^22[1-3]/u, 'BY-MI', 'Минская область'],
  [/^21[01]/u, 'BY-VI', 'Витебская область'],
  [/^21[23]/u, 'BY-MA', 'Могилёвская область'],
  [/^22[45]/u, 'BY-BR', 'Брестская область'],
  [/^23[01]/u, 'BY-HR', 'Гродненская область'],
  [/^24[67]/u, 'BY-HO', 'Гомельская область'],
];

/** English titles and their Russian type and long name. */
const BY_TYPES: [RegExp, string, string][] = [
  [/pre-?trial detention (center|centre)|detention (center|centre)|sizo/iu, 'СИЗО', 'Следственный изолятор'],
  [/correctional colony|penal colony|colony/iu, 'ИК', 'Исправительная колония'],
  [/prison/iu, 'Т', 'Тюрьма'],
  [/open-type|correctional institution of open type/iu, 'ИУОТ', 'Исправительное учреждение открытого типа'],
];

/** Viasna's facility: its title and postal address, both as the record gives them. */
export interface BelarusFacilitySource {
  title: string;
  address: string;
}

/** Builds the registry record for a Belarusian facility; undefined when the title says nothing usable. */
export function belarusFacilityRecord(source: BelarusFacilitySource): FacilityRecord | undefined {
  const title = source.title.replace(/\s+/gu, ' ').trim();
  const address = source.address.replace(/\s+/gu, ' ').trim();
  if (!title || !address) return undefined;
  const kind = BY_TYPES.find(([pattern]) => pattern.test(title));
  const number = /(?:no\.?|№|#)\s*(\d+)/iu.exec(title)?.[1] ?? '';
  const type = kind?.[1] ?? title;
  const shortName = number ? `${type}-${number}` : type;
  const parts = address
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const postcode = /^\d{6}$/u.test(parts[0] ?? '') ? parts.shift()! : null;
  const last = parts.length > 1 ? parts.pop()! : '';
  const house = /\s(\d+[\p{L}]?(?:\/\d+)?)$/u.exec(last);
  const region = BY_REGIONS.find(([pattern]) => postcode && pattern.test(postcode));
  return {
    country: 'BY',
    region: region?.[2] ?? 'Беларусь',
    regionCode: region?.[1] ?? null,
    occupied: false,
    type,
    number,
    shortName,
    nicknames: [],
    territorialBody: '',
    officialName: kind ? `${kind[2]}${number ? ` № ${number}` : ''}` : title,
    postcode,
    addressRaw: address,
    addressRegion: null,
    addressDistrict: null,
    addressLocality: parts.join(', ') || null,
    addressStreet: house ? last.slice(0, house.index).trim() : last || null,
    addressHouse: house?.[1] ?? null,
    addressNotes: null,
    source: 'viasna',
    sourceKey: `viasna|${shortName}|${postcode ?? address}`,
  };
}
