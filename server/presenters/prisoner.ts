/**
 * The public shape of a person in the directory. Built field by field from query rows, so consent
 * flags, source ids, search columns and anything added to the table later never reach a client
 * unless they are added here.
 */
import { z } from '@hono/zod-openapi';
import type { AddressBlock } from '../directory/queries/address';
import type { BirthdayRow } from '../directory/queries/birthdays';
import type { PrisonerListRow } from '../directory/queries/prisoner-row';
import { formatArticle } from '../directory/prisoners/articles';
import { photoUrl } from '../directory/photos';

/** A public prisoner. */
export const PublicPrisoner = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    country: z.string(),
    name: z.object({
      full: z.string(),
      surname: z.string(),
      given: z.string(),
      patronymic: z.string(),
      /** The popular Latin spelling first, then the others. */
      latin: z.array(z.string()),
    }),
    gender: z.enum(['male', 'female', 'unknown']),
    /** Our own URL of the person's photo (same origin, versioned), or null: show initials. */
    photoUrl: z.string().nullable(),
    birthDate: z.string().nullable(),
    birthYear: z.number().nullable(),
    status: z.string(),
    canReceiveLetters: z.boolean(),
    isDemo: z.boolean(),
    interests: z.array(z.string()),
    languages: z.array(z.string()),
    articles: z.array(
      z.object({
        code: z.enum(['RU', 'BY']),
        article: z.string(),
        part: z.string().optional(),
        point: z.string().optional(),
        text: z.string(),
      }),
    ),
    sentence: z.string().nullable(),
    arrestedOn: z.string().nullable(),
    summary: z.object({ language: z.string(), text: z.string() }).nullable(),
    facility: z
      .object({
        id: z.uuid(),
        shortName: z.string(),
        officialName: z.string(),
        region: z.string(),
        regionCode: z.string().nullable(),
        occupied: z.boolean(),
      })
      .nullable(),
  })
  .openapi('Prisoner');

/** A public prisoner, as a type. */
export type PublicPrisonerT = z.infer<typeof PublicPrisoner>;

/** Presents one row. */
export function presentPrisoner(row: PrisonerListRow): PublicPrisonerT {
  return {
    id: row.id,
    slug: row.slug,
    country: row.country,
    name: {
      full: row.full_name,
      surname: row.surname,
      given: row.given_name,
      patronymic: row.patronymic,
      latin: row.latin_names,
    },
    gender: row.gender === 'male' || row.gender === 'female' ? row.gender : 'unknown',
    photoUrl: photoUrl(`/api/prisoners/${row.id}`, row.photo_path),
    birthDate: row.birth_date,
    birthYear: row.birth_year,
    status: row.status,
    canReceiveLetters: row.can_receive_letters,
    isDemo: row.is_demo,
    interests: row.interests,
    languages: row.languages,
    articles: row.articles.map((a) => ({
      code: a.code,
      article: a.article,
      ...(a.part ? { part: a.part } : {}),
      ...(a.point ? { point: a.point } : {}),
      text: formatArticle(a),
    })),
    sentence: row.sentence,
    arrestedOn: row.arrested_on,
    summary:
      row.summary && row.summary_language ? { language: row.summary_language, text: row.summary } : null,
    facility:
      row.facility_id && row.facility_short_name && row.facility_official_name && row.facility_region
        ? {
            id: row.facility_id,
            shortName: row.facility_short_name,
            officialName: row.facility_official_name,
            region: row.facility_region,
            regionCode: row.facility_region_code,
            occupied: row.facility_occupied ?? false,
          }
        : null,
  };
}

/** A person with an upcoming birthday. */
export const PublicBirthday = PublicPrisoner.extend({
  nextBirthday: z.string(),
  daysUntil: z.number(),
  turns: z.number(),
}).openapi('PrisonerBirthday');

/** Presents a birthday row. */
export function presentBirthday(row: BirthdayRow): z.infer<typeof PublicBirthday> {
  return {
    ...presentPrisoner(row),
    nextBirthday: row.next_birthday,
    daysUntil: row.days_until,
    turns: row.turns,
  };
}

/** The postal block for a letter. */
export const PublicAddress = z
  .object({
    lines: z.array(z.string()),
    facility: z.object({ id: z.uuid(), officialName: z.string(), occupied: z.boolean() }),
    address: z.string(),
    postcode: z.string().nullable(),
    recipient: z.string(),
    needsReview: z.boolean(),
    flags: z.array(z.string()),
    confirmed: z.boolean(),
    canReceiveLetters: z.boolean(),
  })
  .openapi('PostalAddress');

/** Presents an address block. */
export function presentAddress(block: AddressBlock): z.infer<typeof PublicAddress> {
  return {
    lines: block.lines,
    facility: { id: block.facilityId, officialName: block.facilityName, occupied: block.occupied },
    address: block.address,
    postcode: block.postcode,
    recipient: block.recipient,
    needsReview: block.needsReview,
    flags: block.flags,
    confirmed: block.confirmed,
    canReceiveLetters: block.canReceiveLetters,
  };
}
