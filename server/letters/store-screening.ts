/**
 * Screening results stored with the letter: the writer's text when it enters the pipeline, the
 * Russian text when it reaches review. The moderator's view screens afresh (rules may have
 * changed); these rows are the record of what the checks said at the time.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { letters, screenings, translations } from '../db/schema';
import { maxSeverity, screenText, type ScreeningStage } from '../screening';
import { loadPrisonerContext } from '../screening/prisoner-context';

/** The latest Russian text of a letter: its approved or submitted translation, or its body if written in Russian. */
export async function russianTextOf(
  db: Queryable,
  letter: { id: string; language: string; body: string | null },
) {
  if (letter.language === 'ru') return letter.body;
  const [latest] = await db
    .select({ text: translations.text })
    .from(translations)
    .where(and(eq(translations.letterId, letter.id), eq(translations.direction, 'to_ru')))
    .orderBy(desc(translations.updatedAt))
    .limit(1);
  return latest?.text ?? null;
}

/** Screens one stage of a letter and stores the flags. Returns the highest severity, or undefined if there was no text. */
export async function screenAndStore(db: Queryable, letterId: string, stage: ScreeningStage) {
  const [letter] = await db
    .select({
      id: letters.id,
      language: letters.language,
      body: letters.body,
      prisonerId: letters.prisonerId,
    })
    .from(letters)
    .where(eq(letters.id, letterId));
  if (!letter) return undefined;
  const text = stage === 'source' ? letter.body : await russianTextOf(db, letter);
  if (!text) return undefined;
  const language = stage === 'source' ? letter.language : 'ru';
  const prisoner = (await loadPrisonerContext(db, letter.prisonerId)) ?? undefined;
  const { flags } = screenText({ text, language, stage, ...(prisoner ? { prisoner } : {}) });
  const severity = maxSeverity(flags);
  await db.insert(screenings).values({ letterId, stage, language, flags, maxSeverity: severity });
  return severity;
}
