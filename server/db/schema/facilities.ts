/** Penitentiary facilities and the channels that reach each of them. */
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, uuidPk } from './columns';

/** A prison, colony, pre-trial detention centre or prison hospital, with its postal address. */
export const facilities = pgTable(
  'facilities',
  {
    id: uuidPk(),
    /** ISO 3166-1 alpha-2: RU, BY. */
    country: text().notNull().default('RU'),
    /** Region as the source names it ("Владимирская область"). */
    region: text().notNull(),
    /** A neutral region code; occupied Ukrainian territory gets a UA-* code, never a Russian one. */
    regionCode: text(),
    /** True for facilities in occupied territory of Ukraine (Crimea, Sevastopol, DNR, LNR, ...). */
    occupied: boolean().notNull().default(false),
    /** Facility type: ИК, СИЗО, КП, ЛИУ, ВК, Т, hospitals; or a Belarusian type. */
    type: text().notNull(),
    /** Number as written ("2", "99/1"), or empty. */
    number: text().notNull().default(''),
    /** "ИК-2". */
    shortName: text().notNull(),
    /** Names people search by ("Матросская Тишина"). */
    nicknames: text().array().notNull().default([]),
    /** Territorial body: "УФСИН России по Владимирской области", or "ФСИН России". */
    territorialBody: text().notNull().default(''),
    /** "ФКУ ИК-2 УФСИН России по Владимирской области". */
    officialName: text().notNull(),
    postcode: text(),
    /** The address exactly as the source gave it. */
    addressRaw: text().notNull(),
    addressRegion: text(),
    addressDistrict: text(),
    addressLocality: text(),
    addressStreet: text(),
    addressHouse: text(),
    addressNotes: text(),
    /** Where this row came from ("memo_parse", "viasna", "coordinator"). */
    source: text().notNull(),
    /** Natural key within the source, used to make re-imports idempotent. */
    sourceKey: text().notNull(),
    /** ASCII search skeletons of the names, nicknames and town, for trigram search (server/directory). */
    searchText: text().notNull().default(''),
    /** The day a coordinator marked the facility closed; null while it is open. No one is moved into it. */
    closedOn: date(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('facilities_source_key_idx').on(t.country, t.sourceKey),
    index('facilities_region_idx').on(t.region),
    index('facilities_search_text_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

/** Delivery channels a facility can be reached by: fsin_pismo, zonatelecom, post. */
export const facilityChannels = pgTable(
  'facility_channels',
  {
    facilityId: uuid()
      .notNull()
      .references(() => facilities.id, { onDelete: 'cascade' }),
    channel: text().notNull(),
    available: boolean().notNull().default(true),
    /** Price of one letter unit in minor units (kopecks), when known. */
    priceMinor: integer(),
    currency: text().notNull().default('RUB'),
    /** The facility as the service names it in its own list. */
    serviceName: text(),
    serviceRegion: text(),
    checkedAt: timestamp({ withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.facilityId, t.channel] })],
);
