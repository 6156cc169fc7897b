/**
 * Per-letter glossary: the prisoner's name in every Latin spelling a writer may use, and its one
 * correct Cyrillic form ("Azat", "Asat" → "Азат"), plus recurring terms. Used to fill drafts and
 * to check that the Russian text names the person correctly, in any grammatical case.
 */
import { z } from 'zod';
import { looseKey } from './normalize';

/** One glossary entry: all source spellings → the Cyrillic nominative. */
export const glossaryEntrySchema = z.object({
  source: z.array(z.string().min(1)).min(1),
  target: z.string().min(1),
});

/** A validated glossary entry. */
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** Russian case endings a name may take (Азат → Азата, Азату, Азатом, Азате; Мария → Марии, Марией). */
const NAME_ENDING = /^[а-яё]{0,3}$/u;

/** The part of a Russian name that stays the same in every case ("Мари" for "Мария", "Азат"). */
export function russianStem(word: string): string {
  const lower = word.toLowerCase();
  // A final vowel, soft sign or й changes with the case; a final consonant stays.
  return lower.length > 3 && /[аяоеьйы]$/u.test(lower) ? lower.slice(0, -1) : lower;
}

/** True when `token` is `word` in some case form (simple ending tolerance, up to three letters). */
export function isRussianFormOf(token: string, word: string): boolean {
  const stem = russianStem(word);
  const lower = token.toLowerCase();
  return lower.startsWith(stem) && NAME_ENDING.test(lower.slice(stem.length));
}

/**
 * The glossary entry a source-language word sequence names, matching spellings without regard to
 * case or diacritics, and tolerating short inflected endings (Polish "Azacie", Ukrainian "Азате").
 */
export function findGlossaryEntry(
  glossary: readonly GlossaryEntry[],
  phrase: string,
): GlossaryEntry | undefined {
  const key = looseKey(phrase);
  if (key === '') return undefined;
  // The Cyrillic target counts as a spelling too: Ukrainian and Belarusian writers use it.
  const spellings = (entry: GlossaryEntry) => [...entry.source, entry.target];
  for (const entry of glossary) if (spellings(entry).some((s) => looseKey(s) === key)) return entry;
  for (const entry of glossary) {
    for (const spelling of spellings(entry)) {
      const s = looseKey(spelling);
      if (
        s.length >= 4 &&
        key.startsWith(s.slice(0, -1)) &&
        key.length - s.length <= 3 &&
        !key.includes(' ')
      ) {
        return entry;
      }
    }
  }
  return undefined;
}
