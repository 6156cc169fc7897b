/**
 * Parses a Russian facility address as the registry writes it ("601122, Владимирская область,
 * Петушинский район, г. Покров, ул. Франца Штольверка, д. 6") into postcode, region, district,
 * locality, street, house and notes, keeping the raw text. Every comma-separated part lands in
 * exactly one field, so nothing the source said is lost; parts that fit no pattern are placed by
 * position (before the first settlement they belong to the locality chain, after it to the street).
 */

/** What one comma-separated part of an address is. */
export type AddressPartKind = 'region' | 'district' | 'locality' | 'street' | 'house' | 'note';

/** An address split into its parts. Multi-part fields are joined with ", " in source order. */
export interface ParsedAddress {
  raw: string;
  postcode: string | null;
  region: string | null;
  district: string | null;
  locality: string | null;
  street: string | null;
  house: string | null;
  /** Bracketed remarks and post-office boxes ("СИЗО 99/1, Кремлёвский централ", "а/я 81"). */
  notes: string | null;
  /** Every part with its kind, in source order (the postcode excluded). */
  parts: { kind: AddressPartKind; text: string }[];
}

const REGION =
  /(област[ьи]|край|Республика|республика|автономн|^ЕАО$|^[А-Я]+АО$|Кузбасс|Югра|Алания|Чувашия|^(г\.\s*)?(Москва|Санкт-Петербург|Севастополь)$)/u;
const FEDERAL_CITY = /^(г\.\s*)?(Москва|Санкт-Петербург|Севастополь)$/u;
const HOUSE =
  /^(д\.\s*\d|дом\s|зд\.|здание|влд\.?\s|вл\.\s|владение|стр\.|строение|корп\.|корпус|уч\.|участок|литер)/iu;
const DISTRICT_END =
  /((?<!микро)район|городской округ|муниципальный округ|городское поселение|сельское поселение|сельсовет)$/u;
const DISTRICT_START = /^(г\.\s?о\.|м\.\s?о\.|с\/п)\s/u;
const LOCALITY =
  /^(г\.|гор\.|п\.|пос\.|посёлок\s|поселок\s|с\.|село\s|р\.\s?п\.|рп\s|пгт\.?\s|дер\.|д\.\s*[А-ЯЁ]|деревня\s|х\.|хутор\s|улус\s|аул\s|ст\.\s*[А-ЯЁ]|станица\s|ж\/д\s|станция\s|остров\s|сл\.|слобода\s)/u;
const STREET_START =
  /^(ул\.?\s|улица\s|пер\.|переулок\s|пр-д\s|проезд\s|пр\.\s|пр-т\s|проспект\s|ш\.\s|шоссе\s|бул\.|бульвар\s|б-р\s|пл\.\s|площадь\s|тракт\s|наб\.|набережная\s|квартал\s|кв-л\s|кв\.\s*[А-ЯЁ]|мкр\.?|микрорайон\s|тер\.|территория\s|промзона|туп\.|тупик\s|аллея\s|линия\s|жилой\s|промышленная\s|ш\.)/u;
const STREET_END =
  /(проезд|пр-д|переулок|пер\.|шоссе|проспект|тракт|набережная|площадь|бульвар|микрорайон|городок|массив|промзона|зона|км|квартал|тупик|аллея|улица)$/u;
const NOTE = /^(а\/я|п\/о|абонентский ящик)/u;
/** Notes that belong on an envelope (a post-office box, a territory), as opposed to remarks. */
const POSTAL_NOTE = /^(а\/я|п\/о|тер\.)/u;

/** Splits at commas that are not inside brackets. */
function splitParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
}

function classify(part: string, seenLocality: boolean): AddressPartKind {
  if (NOTE.test(part)) return 'note';
  if (HOUSE.test(part)) return 'house';
  if (DISTRICT_START.test(part) || DISTRICT_END.test(part)) return 'district';
  // A microdistrict with no town before it is the settlement itself ("мкр. Марха, ул. ...").
  if (/^(мкр|микрорайон)/u.test(part) && !seenLocality) return 'locality';
  if (STREET_START.test(part)) return 'street';
  if (LOCALITY.test(part)) return 'locality';
  if (STREET_END.test(part)) return 'street';
  // A bare name: before any settlement it is a settlement or municipality ("Зимитицы"), after it a
  // street-level place ("Птицефабрика", "База стройиндустрии").
  return seenLocality ? 'street' : 'locality';
}

function join(values: string[]): string | null {
  return values.length > 0 ? values.join(', ') : null;
}

/**
 * Parses one address. Never throws: an address with no recognisable parts still comes back with
 * its raw text and whatever was found.
 * @example parseRussianAddress('601122, Владимирская область, Петушинский район, г. Покров, ул. Франца Штольверка, д. 6').locality === 'г. Покров'
 */
export function parseRussianAddress(raw: string): ParsedAddress {
  const text = raw.replace(/\s+/g, ' ').trim();
  const postcodeMatch = /(?:^|,\s*)(\d{6})(?=\s*(,|$))/u.exec(text);
  const postcode = postcodeMatch?.[1] ?? null;
  const rest = postcodeMatch ? text.replace(postcodeMatch[0], '') : text;
  const parts: ParsedAddress['parts'] = [];
  let seenLocality = false;
  splitParts(rest).forEach((part, index) => {
    if (index === 0 && REGION.test(part)) {
      parts.push({ kind: 'region', text: part });
      return;
    }
    // Brackets outside the region are remarks ("(а/я 81)", "(СИЗО 99/1, Кремлёвский централ)").
    const bracketed = [...part.matchAll(/\(([^()]*)\)/gu)].map((m) => m[1]!.trim());
    const body = part.replace(/\s*\([^()]*\)/gu, '').trim();
    if (body) {
      const kind = classify(body, seenLocality);
      if (kind === 'locality') seenLocality = true;
      // "г. Усть-Лабинск." carries a stray full stop that is no abbreviation.
      const cleaned = kind === 'locality' ? body.replace(/(\p{L}{4,})\.$/u, '$1') : body;
      parts.push({ kind, text: cleaned });
    }
    for (const note of bracketed) if (note) parts.push({ kind: 'note', text: note });
  });
  const of = (kind: AddressPartKind) => parts.filter((p) => p.kind === kind).map((p) => p.text);
  const region = join(of('region'));
  // In Moscow, St Petersburg and Sevastopol the region is the town.
  const locality = join(of('locality')) ?? (region && FEDERAL_CITY.test(region) ? region : null);
  return {
    raw,
    postcode,
    region,
    district: join(of('district')),
    locality,
    street: join(of('street')),
    house: join(of('house')),
    notes: join(of('note')),
    parts,
  };
}

/**
 * The address as a Russian envelope wants it: street, house, locality, district, region, postcode
 * ("ул. Франца Штольверка, д. 6, г. Покров, Петушинский район, Владимирская область, 601122").
 * Post-office boxes and territories from the notes stay; descriptive remarks are dropped.
 */
export function formatPostalAddress(address: Omit<ParsedAddress, 'parts' | 'raw'>): string {
  const notes = (address.notes ?? '')
    .split(/,\s*(?=а\/я|п\/о|тер\.)/u)
    .filter((note) => POSTAL_NOTE.test(note));
  const region = address.region && address.region !== address.locality ? address.region : null;
  return [
    address.street,
    address.house,
    ...notes,
    address.locality,
    address.district,
    region,
    address.postcode,
  ]
    .filter((value): value is string => Boolean(value))
    .join(', ');
}
