/**
 * The phrasebook's data format. Files in ./data are reviewed like code: one JSON file per topic,
 * one entry per phrase, the Russian first, then how writers say it in each language.
 *
 * - `ru` is one Russian sentence, or named forms when Russian must choose what the source may not
 *   say: `V`/`T` (polite "Вы" or familiar "ты"), `m`/`f` (the writer's or the subject's gender),
 *   or combinations (`mV`). The first form is the default; the others become alternatives.
 * - A source variant may start with `FORM: ` or `FORM|FORM: ` to say which Russian form it means
 *   ("T: Wir denken an dich"); without a prefix it takes the default and offers the rest.
 * - Slots: `{name}` (a person; filled from the letter's glossary), `{place}` (filled from
 *   places.json; in Russian `{place}`, `{place:from}` "из Берлина" or `{place:in}` "в Берлине"),
 *   `{n}` (a number; in Russian `{n:год|года|лет}` picks the plural form).
 */
import { z } from 'zod';

/** The languages the phrasebook covers, into Russian. */
export const PHRASEBOOK_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pl', 'uk'] as const;

/** One of {@link PHRASEBOOK_LANGUAGES}. */
export type PhrasebookLanguage = (typeof PHRASEBOOK_LANGUAGES)[number];

const variants = z.array(z.string().min(1)).min(1);

/** A phrase: its Russian and its source variants in every phrasebook language. */
export const phraseSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  ru: z.union([z.string().min(1), z.record(z.string().regex(/^[A-Za-z]+$/), z.string().min(1))]),
  /** For reviewers: why a wording was chosen. */
  note: z.string().optional(),
  src: z.object({
    en: variants,
    de: variants,
    fr: variants,
    es: variants,
    it: variants,
    pl: variants,
    uk: variants,
  }),
});

/** A validated phrase. */
export type Phrase = z.infer<typeof phraseSchema>;

/** A topic file. */
export const topicSchema = z.object({
  topic: z.string(),
  phrases: z.array(phraseSchema).min(1),
});

/** A place name for `{place}` slots: every spelling and inflected form writers use, and the Russian. */
export const placeSchema = z.object({
  /** Forms in the source languages, including inflected ones (Polish "Berlina", "Berlinie"). */
  forms: z.array(z.string().min(1)).min(1),
  /** Russian nominative ("Берлин"). */
  ru: z.string().min(1),
  /** "из Берлина". */
  from: z.string().min(1),
  /** "в Берлине", "во Франции". */
  in: z.string().min(1),
});

/** A validated place. */
export type Place = z.infer<typeof placeSchema>;
