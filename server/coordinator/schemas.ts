/**
 * What a coordinator may send when editing a person or a facility, or recording a transfer. Every
 * field is optional (only what is sent changes); unknown fields are refused; each message names
 * the field and the rule, so the dashboard can show it beside the input.
 */
import { z } from 'zod';
import { PRISONER_STATUSES } from '../directory/prisoners/status';

/** Channels a coordinator can mark per facility (self-post needs nothing from the registry). */
export const EDITABLE_CHANNELS = ['fsin_pismo', 'zonatelecom', 'post'] as const;

const CYRILLIC_OR_LATIN_NAME = /^[\p{L}\p{M}][\p{L}\p{M}'’ .()-]*$/u;
const LANGUAGE = /^[a-z]{2}$/u;
/** Latin letters with the diacritics, primes and apostrophes the transliteration systems use (ISO 9, GOST). */
const LATIN_SPELLING = /^(?:[A-Za-z\u00C0-\u024F\u02B9\u02BA'’"”`. ()-]|\p{M})+$/u;
const thisYear = () => new Date().getUTCFullYear();

const namePart = (label: string, required: boolean) => {
  const base = z
    .string()
    .trim()
    .max(100, `${label} is at most 100 characters.`)
    .refine(
      (v) => v === '' || CYRILLIC_OR_LATIN_NAME.test(v),
      `${label} may hold only letters, spaces, hyphens and apostrophes.`,
    );
  return required ? base.refine((v) => v.length > 0, `${label} cannot be empty.`) : base;
};

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} is at most ${max} characters.`)
    .nullable()
    .transform((v) => (v ? v : null));

const day = (label: string) =>
  z.iso
    .date(`${label} must be a date written YYYY-MM-DD.`)
    .refine(
      (v) => v >= '1900-01-01' && v <= new Date().toISOString().slice(0, 10),
      `${label} cannot be in the future or before 1900.`,
    );

/** The editable fields of a person. */
export const PrisonerEditSchema = z
  .strictObject({
    /** `updatedAt` of the record the form was filled from: a newer record means someone else saved first. */
    version: z.string().max(40).optional(),
    surname: namePart('The surname', true).optional(),
    givenName: namePart('The given name', false).optional(),
    patronymic: namePart('The patronymic', false).optional(),
    latinNames: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'A Latin spelling cannot be empty.')
          .max(150, 'A Latin spelling is at most 150 characters.')
          .regex(LATIN_SPELLING, 'Latin spellings use Latin letters only.'),
      )
      .max(30, 'At most 30 Latin spellings.')
      .optional(),
    /** The dative recipient line as a human confirmed it; null goes back to the computed one. */
    recipientDative: optionalText('The recipient line', 200)
      .refine(
        (v) => v === null || /^[\p{Script=Cyrillic}' .()-]+$/u.test(v) || /^[A-Za-z' .()-]+$/u.test(v),
        {
          message:
            'The recipient line is the name only, in one script (the year of birth is added by itself).',
        },
      )
      .optional(),
    gender: z.enum(['male', 'female', 'unknown'], 'Gender is male, female or unknown.').optional(),
    birthDate: day('The birth date').nullable().optional(),
    birthYear: z
      .number('The birth year must be a number.')
      .int('The birth year must be a whole number.')
      .min(1900, 'The birth year cannot be before 1900.')
      .refine((v) => v <= thisYear(), 'The birth year cannot be in the future.')
      .nullable()
      .optional(),
    status: z.enum(PRISONER_STATUSES, `The status is one of: ${PRISONER_STATUSES.join(', ')}.`).optional(),
    articlesRaw: optionalText('The articles', 500).optional(),
    sentence: optionalText('The sentence', 300).optional(),
    arrestedOn: day('The arrest date').nullable().optional(),
    releasedOn: day('The release date').nullable().optional(),
    interests: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .min(1, 'An interest cannot be empty.')
          .max(60, 'An interest is at most 60 characters.'),
      )
      .max(30, 'At most 30 interests.')
      .optional(),
    languages: z
      .array(z.string().trim().toLowerCase().regex(LANGUAGE, 'Languages are two-letter codes (ru, en, de).'))
      .min(1, 'Name at least one language the person reads.')
      .max(20, 'At most 20 languages.')
      .optional(),
    /** Summary per language; an empty text removes that language's summary. */
    summaries: z
      .record(
        z.string().regex(LANGUAGE, 'Summary languages are two-letter codes (ru, en, de).'),
        z.string().trim().max(4000, 'A summary is at most 4,000 characters.'),
      )
      .refine((r) => Object.keys(r).length <= 20, 'At most 20 summary languages.')
      .optional(),
    consentToList: z.boolean('Consent to be listed is yes or no.').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.birthDate && v.birthYear != null && Number(v.birthDate.slice(0, 4)) !== v.birthYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['birthYear'],
        message: `The birth year (${v.birthYear}) does not match the birth date (${v.birthDate}).`,
      });
    }
    if (v.arrestedOn && v.releasedOn && v.releasedOn < v.arrestedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['releasedOn'],
        message: 'The release date is before the arrest date.',
      });
    }
  });

/** A validated person edit. */
export type PrisonerEdit = z.infer<typeof PrisonerEditSchema>;

/** A move: to a facility, or into transit (`toFacilityId` null) when the destination is not known yet. */
export const TransferSchema = z.strictObject({
  toFacilityId: z.uuid('Choose the facility the person was moved to.').nullable(),
  /** The day of the move (default today). */
  on: day('The transfer date').optional(),
  /** The status on arrival; by default kept, or read from the facility type (СИЗО → pre_trial). */
  status: z.enum(['pre_trial', 'convicted'], 'On arrival the status is pre_trial or convicted.').optional(),
});

/** A validated transfer. */
export type TransferInput = z.infer<typeof TransferSchema>;

const postcode = z
  .string()
  .trim()
  .regex(/^\d{6}$/u, 'A postcode is six digits.')
  .nullable();

/** One channel row a coordinator sets. */
export const ChannelEditSchema = z.strictObject({
  channel: z.enum(EDITABLE_CHANNELS, 'The channel is fsin_pismo, zonatelecom or post.'),
  /** Whether the channel reaches the facility now. */
  available: z.boolean('Whether the channel works is yes or no.'),
  /** Price of one letter unit in kopecks; null when unknown. */
  priceMinor: z
    .number('The price must be a number.')
    .int('The price is in kopecks, a whole number.')
    .min(0, 'The price cannot be negative.')
    .max(10_000_000, 'The price is too large.')
    .nullable()
    .optional(),
  /** The facility as the service names it in its own list. */
  serviceName: optionalText('The name in the service’s list', 300).optional(),
});

/** The editable fields of a facility. */
export const FacilityEditSchema = z.strictObject({
  version: z.string().max(40).optional(),
  nicknames: z
    .array(
      z
        .string()
        .trim()
        .min(1, 'A nickname cannot be empty.')
        .max(100, 'A nickname is at most 100 characters.'),
    )
    .max(20, 'At most 20 nicknames.')
    .optional(),
  postcode: postcode.optional(),
  addressRegion: optionalText('The region', 150).optional(),
  addressDistrict: optionalText('The district', 150).optional(),
  addressLocality: optionalText('The locality', 150).optional(),
  addressStreet: optionalText('The street', 150).optional(),
  addressHouse: optionalText('The house', 60).optional(),
  addressNotes: optionalText('The notes', 300).optional(),
  /** Closed facilities take no one new; null reopens it. */
  closedOn: day('The closing date').nullable().optional(),
  channels: z
    .array(ChannelEditSchema)
    .max(EDITABLE_CHANNELS.length)
    .refine((rows) => new Set(rows.map((r) => r.channel)).size === rows.length, 'Each channel appears once.')
    .optional(),
});

/** A validated facility edit. */
export type FacilityEdit = z.infer<typeof FacilityEditSchema>;
