/**
 * Validation limits shared by the server's zod schemas and the web app, so the editor's counter
 * and the API agree on what fits.
 */

/** Default maximum letter length in characters (letters-now uses the same). Configurable on the server. */
export const DEFAULT_LETTER_MAX_CHARS = 2400;

/** Characters that fit on one printed A4 page of a letter, used for the page estimate. */
export const CHARS_PER_PRINTED_PAGE = 1800;

/** Longest signature a writer may give. */
export const SIGNATURE_MAX_CHARS = 80;

/** Largest JSON request body the API accepts, in bytes. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

/** Largest uploaded scan or photo, in bytes. */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;

/** Largest photo of a person a coordinator may upload, in bytes (it is stored at 400 px). */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

/** Languages a writer may write in and read replies in (ISO 639-1). */
export const WRITER_LANGUAGES = [
  'en',
  'ru',
  'uk',
  'de',
  'fr',
  'es',
  'it',
  'pl',
  'be',
  'cs',
  'nl',
  'pt',
  'sv',
  'fi',
  'other',
] as const;

/** A writer language code. */
export type WriterLanguage = (typeof WRITER_LANGUAGES)[number];

/** Languages the user interface is translated into. */
export const UI_LANGUAGES = ['en', 'ru', 'uk', 'de', 'fr', 'es', 'it', 'pl'] as const;

/** A UI language code. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Estimated printed pages for a letter of `chars` characters (at least one). */
export function estimatePages(chars: number): number {
  return Math.max(1, Math.ceil(chars / CHARS_PER_PRINTED_PAGE));
}

/** "Birthday soon": the next birthday is at most this many days away (home page and directory filter). */
export const BIRTHDAY_SOON_DAYS = 30;
