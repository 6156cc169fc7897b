/**
 * Test helpers: real facilities from the shared data set (../shared/data), turned into the shapes
 * the channels take. Prices and channel rows are set by each test, since no public data says
 * which facility is connected to which service.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ChannelFacility, ChannelLetter, FacilityChannelRow } from './channel';
import type { PrintableLetter } from './post/types';

/** One row of facilities_normalized.csv. */
export interface FacilityCsvRow {
  region: string;
  type: string;
  number: string;
  short_name: string;
  ufsin: string;
  official_name: string;
  postcode: string;
  address_without_postcode: string;
}

/** The shared data folder, beside the repository. */
export const SHARED_DATA = path.resolve(import.meta.dirname, '../../../shared/data');

let cache: FacilityCsvRow[] | undefined;

/** All 834 real facilities. */
export function realFacilities(): FacilityCsvRow[] {
  cache ??= parse<FacilityCsvRow>(
    fs.readFileSync(path.join(SHARED_DATA, 'facilities/facilities_normalized.csv')),
    {
      columns: true,
      skip_empty_lines: true,
    },
  );
  return cache;
}

/** The real facility with this official name; throws when the data set has none. */
export function realFacility(officialName: string): FacilityCsvRow {
  const row = realFacilities().find((f) => f.official_name === officialName);
  if (!row) throw new Error(`No facility "${officialName}" in the shared data.`);
  return row;
}

/** A channel row with test values. */
export function channelRowOf(channel: string, over: Partial<FacilityChannelRow> = {}): FacilityChannelRow {
  return {
    channel,
    available: true,
    priceMinor: null,
    currency: 'RUB',
    serviceName: null,
    serviceRegion: null,
    ...over,
  };
}

/** A real facility as the channels see it, with the given channel rows. */
export function channelFacility(row: FacilityCsvRow, channels: FacilityChannelRow[] = []): ChannelFacility {
  return {
    country: 'RU',
    region: row.region,
    shortName: row.short_name,
    officialName: row.official_name,
    postcode: row.postcode,
    channels,
  };
}

/** A letter to `facility` with this Russian text. */
export function channelLetter(
  facility: ChannelFacility,
  russianText: string,
  over: Partial<ChannelLetter> = {},
): ChannelLetter {
  return {
    letterId: '00000000-0000-4000-8000-000000000001',
    refCode: 'LB-4F7K2Q',
    russianText,
    replyBlank: true,
    recipient: { surname: 'Иванов', givenName: 'Иван', patronymic: 'Иванович', birthYear: 1990 },
    facility,
    ...over,
  };
}

/** A letter of the kind volunteers approve (about 2,200 characters), in Russian. */
export const SAMPLE_RUSSIAN_LETTER = `Здравствуйте, Иван!

Меня зовут Анна, я живу в небольшом городе на севере Германии и работаю библиотекарем. Ваш адрес я нашла в списке людей, которым можно написать, и решила, что молчать неправильно. Пишу по-английски, а волонтёры переводят мои письма на русский язык, поэтому простите, если какие-то обороты покажутся вам странными.

У нас сейчас поздняя осень. По утрам над рекой стоит туман, а в парке у библиотеки дорожки засыпаны жёлтыми листьями клёнов. Я хожу на работу пешком, минут двадцать, и каждый день встречаю одного и того же старика с таксой. Такса носит вязаный свитер в красную полоску и явно гордится им больше, чем хозяин.

В библиотеке в этом месяце мы устроили маленькую выставку книг о путешествиях. Больше всего детей собралось у книги про полярных исследователей: они никак не могли поверить, что люди месяцами жили во льдах и вели дневники при свете керосиновой лампы. Одна девочка спросила меня, о чём они писали. Я сказала, что о погоде, о собаках и о том, что будут есть на ужин. Кажется, она была разочарована.

А что читаете вы? Если у вас есть доступ к библиотеке, напишите, какие книги там есть и какие вам нравятся. Я с радостью расскажу о тех, что люблю сама. Последнее, что я прочитала, — «Повесть о настоящем человеке» Бориса Полевого; я читала её ещё в школе, но теперь она показалась мне совсем другой.

Ещё я учусь печь хлеб. Первые три буханки были похожи на кирпичи, четвёртая получилась почти съедобной, а пятую соседи попросили испечь ещё раз. Думаю, это большой успех.

Я не знаю, как часто смогу писать, но постараюсь раз в месяц. Если захотите ответить, я буду очень рада любому письму — хоть о погоде, хоть о книгах, хоть о том, как проходит ваш день.

Берегите себя. Думаю о вас.

Анна`;

/** The organisation as a sender posting from abroad (Germany), for print tests. */
export const TEST_SENDER = {
  name: 'Letterbridge e.V.',
  lines: ['Postfach 12 34 56', '10115 Berlin'],
  country: 'DE',
  countryName: 'GERMANY',
} as const;

/** A printable letter to a real facility; the dative line is given, as the directory gives it. */
export function printableLetter(
  row: FacilityCsvRow,
  refCode: string,
  dativeLine: string,
  russianText = SAMPLE_RUSSIAN_LETTER,
): PrintableLetter {
  return {
    refCode,
    date: '2025-03-12',
    russianText,
    recipient: {
      dativeLine,
      facilityOfficialName: row.official_name,
      addressLines: [row.address_without_postcode],
      postcode: row.postcode,
      country: 'RU',
    },
  };
}
