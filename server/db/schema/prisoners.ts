/** The prisoner directory: people, their facility history, summaries and source ids. */
import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, uuidPk } from './columns';
import { facilities } from './facilities';

/** One criminal-code article parsed from free text: "ч. 2 ст. 205.2 УК РФ". */
export interface CriminalArticle {
  code: 'RU' | 'BY';
  article: string;
  part?: string;
  point?: string;
  raw: string;
}

/** PostgreSQL full-text document; written by the database (triggers, generated columns), never by code. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** A person in the directory. Only consenting, listed people are public. */
export const prisoners = pgTable(
  'prisoners',
  {
    id: uuidPk(),
    /** URL-friendly unique name. */
    slug: text().notNull(),
    country: text().notNull().default('RU'),
    surname: text().notNull(),
    givenName: text().notNull().default(''),
    patronymic: text().notNull().default(''),
    /** Full name in Russian (or the source's Cyrillic), nominative. */
    fullName: text().notNull(),
    /** Latin spellings people may type (transliterations, the source's own spelling). */
    latinNames: text().array().notNull().default([]),
    gender: text().notNull().default('unknown'),
    birthDate: date(),
    birthYear: integer(),
    photoPath: text(),
    /** pre_trial, convicted, house_arrest, released, deceased, abroad, in_transit, unknown. */
    status: text().notNull().default('unknown'),
    facilityId: uuid().references(() => facilities.id),
    articles: jsonb().$type<CriminalArticle[]>().notNull().default([]),
    articlesRaw: text(),
    sentence: text(),
    arrestedOn: date(),
    releasedOn: date(),
    interests: text().array().notNull().default([]),
    /** Languages the person reads (ISO 639-1). Russian is assumed. */
    languages: text().array().notNull().default(['ru']),
    consentToList: boolean().notNull().default(false),
    /** Fictional record created by `seed --demo`; never mixed up with real people. */
    isDemo: boolean().notNull().default(false),
    /** Where the record came from ("ovdinfo", "viasna", "coordinator", "demo"). */
    source: text().notNull(),
    sourceId: text(),
    lastSyncedAt: timestamp({ withTimezone: true }),
    /** Merge key: the name's search skeleton, words sorted ("ivan ivanov ivanovic"); see server/directory. */
    nameKey: text(),
    /** ASCII search skeletons of every spelling of the name, for trigram search (server/directory/names). */
    searchNames: text().notNull().default(''),
    /** Names and interests ('russian' + 'simple' configs), kept current by a trigger (migration 0008). */
    searchVector: tsvector(),
    /** The dative recipient line as a human confirmed it ("Кара-Мурзе Владимиру Владимировичу"). */
    recipientDative: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('prisoners_slug_idx').on(t.slug),
    index('prisoners_facility_idx').on(t.facilityId),
    index('prisoners_status_idx').on(t.status),
    index('prisoners_name_key_idx').on(t.nameKey),
    index('prisoners_search_names_trgm_idx').using('gin', t.searchNames.op('gin_trgm_ops')),
    index('prisoners_search_vector_idx').using('gin', t.searchVector),
    index('prisoners_interests_idx').using('gin', t.interests),
  ],
);

/** Where a prisoner has been held, with dates; the open row (no `leftOn`) is the current facility. */
export const prisonerFacilityHistory = pgTable(
  'prisoner_facility_history',
  {
    id: uuidPk(),
    prisonerId: uuid()
      .notNull()
      .references(() => prisoners.id, { onDelete: 'cascade' }),
    facilityId: uuid().references(() => facilities.id),
    /** Free text when the facility could not be matched to the registry. */
    facilityText: text(),
    arrivedOn: date(),
    leftOn: date(),
    source: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('prisoner_facility_history_prisoner_idx').on(t.prisonerId)],
);

/** A short description of the person and their case, in one language. */
export const prisonerSummaries = pgTable(
  'prisoner_summaries',
  {
    prisonerId: uuid()
      .notNull()
      .references(() => prisoners.id, { onDelete: 'cascade' }),
    language: text().notNull(),
    text: text().notNull(),
    /** Full-text document of the summary ('russian' + 'simple'), computed by the database. */
    searchVector: tsvector().generatedAlwaysAs(
      sql`to_tsvector('russian'::regconfig, lower("text")) || to_tsvector('simple'::regconfig, lower("text"))`,
    ),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('prisoner_summaries_pk').on(t.prisonerId, t.language),
    index('prisoner_summaries_search_idx').using('gin', t.searchVector),
  ],
);

/** Every (source, id) pair known for a person, so the same person under two ids is merged. */
export const prisonerSourceIds = pgTable(
  'prisoner_source_ids',
  {
    source: text().notNull(),
    sourceId: text().notNull(),
    prisonerId: uuid()
      .notNull()
      .references(() => prisoners.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('prisoner_source_ids_pk').on(t.source, t.sourceId)],
);
