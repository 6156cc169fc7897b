/**
 * What coordinators see of people and facilities: the public shapes plus what only the directory's
 * keepers need — consent, source, letters waiting, the full editable record with its history, and
 * `version` (the record's `updatedAt`) to send back with an edit. Still field by field: search
 * columns and anything added to the tables later stay out until added here.
 */
import { z } from '@hono/zod-openapi';
import type { CoordinatorListRow } from '../coordinator/prisoner-list';
import type { FacilityBrief, PrisonerRecord } from '../coordinator/prisoner-record';
import { photoUrl } from '../directory/photos';
import { formatArticle } from '../directory/prisoners/articles';
import type { FacilityRow } from '../directory/queries/facilities';
import { presentFacility, PublicFacility } from './facility';
import { presentPrisoner, PublicPrisoner } from './prisoner';

const Letters = z.object({ waiting: z.number().int(), onHold: z.number().int() });

/** A person in the coordinator's list. */
export const CoordinatorPrisoner = PublicPrisoner.extend({
  consentToList: z.boolean(),
  source: z.string(),
  version: z.string(),
  letters: Letters,
}).openapi('CoordinatorPrisoner');

/** Presents a list row. */
export function presentCoordinatorPrisoner(row: CoordinatorListRow): z.infer<typeof CoordinatorPrisoner> {
  return {
    ...presentPrisoner(row),
    // The dashboard's copy: unlisted people's photos are not served publicly.
    photoUrl: coordinatorPhotoUrl(row.id, row.photo_path),
    consentToList: row.consentToList,
    source: row.source,
    version: row.updatedAt.toISOString(),
    letters: row.letters,
  };
}

const coordinatorPhotoUrl = (id: string, relative: string | null) =>
  photoUrl(`/api/coordinator/prisoners/${id}`, relative);

const Brief = z.object({
  id: z.uuid(),
  shortName: z.string(),
  officialName: z.string(),
  region: z.string(),
  closedOn: z.string().nullable(),
});

/** A person as the editor loads them. */
export const PrisonerRecordOut = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    country: z.string(),
    version: z.string(),
    surname: z.string(),
    givenName: z.string(),
    patronymic: z.string(),
    fullName: z.string(),
    latinNames: z.array(z.string()),
    recipientDative: z.string().nullable(),
    computedRecipient: z.object({ text: z.string(), flags: z.array(z.string()) }),
    gender: z.string(),
    /** The dashboard's URL of the person's photo, or null. */
    photoUrl: z.string().nullable(),
    birthDate: z.string().nullable(),
    birthYear: z.number().int().nullable(),
    status: z.string(),
    articlesRaw: z.string().nullable(),
    articles: z.array(z.string()),
    sentence: z.string().nullable(),
    arrestedOn: z.string().nullable(),
    releasedOn: z.string().nullable(),
    interests: z.array(z.string()),
    languages: z.array(z.string()),
    summaries: z.record(z.string(), z.string()),
    consentToList: z.boolean(),
    isDemo: z.boolean(),
    source: z.string(),
    sourceId: z.string().nullable(),
    lastSyncedAt: z.string().nullable(),
    /** Derived from status, facility and consent; never set by hand. */
    canReceiveLetters: z.boolean(),
    blockers: z.array(z.enum(['not_listed', 'status', 'no_facility'])),
    facility: Brief.nullable(),
    history: z.array(
      z.object({
        facility: Brief.nullable(),
        facilityText: z.string().nullable(),
        arrivedOn: z.string().nullable(),
        leftOn: z.string().nullable(),
        source: z.string(),
      }),
    ),
    letters: Letters,
  })
  .openapi('PrisonerRecord');

const brief = (f: FacilityBrief | null) =>
  f
    ? {
        id: f.id,
        shortName: f.shortName,
        officialName: f.officialName,
        region: f.region,
        closedOn: f.closedOn,
      }
    : null;

/** Presents the editable record. */
export function presentPrisonerRecord(record: PrisonerRecord): z.infer<typeof PrisonerRecordOut> {
  const { row } = record;
  return {
    id: row.id,
    slug: row.slug,
    country: row.country,
    version: row.updatedAt.toISOString(),
    surname: row.surname,
    givenName: row.givenName,
    patronymic: row.patronymic,
    fullName: row.fullName,
    latinNames: row.latinNames,
    recipientDative: row.recipientDative,
    computedRecipient: record.computedRecipient,
    gender: row.gender,
    photoUrl: coordinatorPhotoUrl(row.id, row.photoPath),
    birthDate: row.birthDate,
    birthYear: row.birthYear,
    status: row.status,
    articlesRaw: row.articlesRaw,
    articles: row.articles.map(formatArticle),
    sentence: row.sentence,
    arrestedOn: row.arrestedOn,
    releasedOn: row.releasedOn,
    interests: row.interests,
    languages: row.languages,
    summaries: record.summaries,
    consentToList: row.consentToList,
    isDemo: row.isDemo,
    source: row.source,
    sourceId: row.sourceId,
    lastSyncedAt: row.lastSyncedAt?.toISOString() ?? null,
    canReceiveLetters: record.blockers.length === 0,
    blockers: record.blockers,
    facility: brief(record.facility),
    history: record.history.map((h) => ({ ...h, facility: brief(h.facility) })),
    letters: record.letters,
  };
}

/** A facility as coordinators see it: everyone held there counted, closing and the edit version. */
export const CoordinatorFacility = PublicFacility.extend({
  closedOn: z.string().nullable(),
  version: z.string(),
}).openapi('CoordinatorFacility');

/** Presents a facility to a coordinator. */
export function presentCoordinatorFacility(row: FacilityRow): z.infer<typeof CoordinatorFacility> {
  return {
    ...presentFacility(row),
    closedOn: row.closed_on,
    version: row.updated_at,
  };
}
