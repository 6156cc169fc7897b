/**
 * Postal address shapes, one regex per country habit, each behind a cheap hint (a plain keyword
 * search) so the full regex only runs on letters that might hold an address. An address in a
 * letter is someone's personal data (a friend's, or the writer's own, which never belongs there).
 */

const UP = '\\p{Lu}';
const NAME = "[\\p{L}'’.-]+";
const B = '(?<![\\p{L}\\p{N}])';

/** An address shape: the hint that gates it and the regex (flags `gu`). */
export interface AddressShape {
  hint: RegExp;
  regex: RegExp;
}

const shape = (hint: RegExp, source: string): AddressShape => ({ hint, regex: new RegExp(source, 'gu') });

/** Address shapes by habit. */
export const ADDRESS_SHAPES: AddressShape[] = [
  // Russian: "ул. Советская, д. 12, кв. 5"
  shape(
    /ул\.|улиц|пр-т|просп|пер\.|переул|бульвар|шоссе|наб\./i,
    `${B}(?:[Уу]л\\.|[Уу]лиц[аеы]|[Пп]р-т|[Пп]росп(?:\\.|ект)|[Пп]ер\\.|[Пп]ереул(?:ок|ке)|[Бб]ульвар|[Шш]оссе|[Нн]аб\\.)\\s*[^,\\n]{2,40},\\s*(?:д\\.|дом)\\s*\\d+\\p{Ll}?(?:\\s*,\\s*(?:кв\\.|квартира|корп\\.|к\\.|стр\\.)\\s*\\d+)*`,
  ),
  // German: "Lindenstraße 14"
  shape(
    /stra(?:ß|ss)e|str\.|weg |gasse|platz|allee|damm|ufer/i,
    `${B}${UP}\\p{Ll}*(?:straße|strasse|str\\.|weg|gasse|platz|allee|damm|ufer)\\s+\\d{1,4}\\p{Ll}?(?![\\p{L}\\p{N}])`,
  ),
  // English: "14 Baker Street"
  shape(
    /\b(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Close|Way|Square|Place|Crescent|Boulevard|Terrace|Gardens|Row)\b/,
    `${B}\\d{1,5}\\p{Ll}?\\s+(?:${UP}\\p{Ll}+\\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Close|Way|Square|Place|Crescent|Boulevard|Terrace|Gardens|Row)\\b\\.?`,
  ),
  // UK postcode: "NW1 6XE"
  shape(/[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}/, `${B}[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}(?![\\p{L}\\p{N}])`),
  // French: "12 rue des Lilas"
  shape(
    /\b(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|route)\b/i,
    `${B}\\d{1,4}(?:\\s*(?:bis|ter))?,?\\s+(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|route)\\s+(?:de la |de l'|du |des |de |d')?${NAME}`,
  ),
  // Polish, Spanish, Italian: "ul. Długa 5", "Calle Mayor 3", "Via Roma 12"
  shape(
    /ul\.|ulica|al\.|Calle|C\/|Avenida|Avda\.|Plaza|Via|Viale|Piazza|Corso/,
    `${B}(?:ul\\.|ulica|al\\.|Calle|C\\/|Avenida|Avda\\.|Plaza|Via|Viale|Piazza|Corso)\\s*${UP}${NAME}(?:\\s+${UP}${NAME}){0,2},?\\s+(?:n\\.?\\s*|nº\\s*)?\\d{1,4}`,
  ),
];
