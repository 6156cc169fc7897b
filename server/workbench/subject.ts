/**
 * What the workbench translates: a letter (writer's language → Russian) or a reply's
 * transcription (Russian → the writer's language). Both load into one shape, so the rest of the
 * workbench does not care about the direction. Loading also checks the translator's language pair.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { WorkbenchSubjectSummary } from '../../shared/api/workbench';
import type { Queryable } from '../db/database';
import { letters, prisoners, replies, translations, users, writers } from '../db/schema';
import { forbidden, notFound } from '../errors';
import type { SessionUser } from '../http/app-env';
import { canTranslatePair } from '../policies';
import { replyTargetLanguage } from '../replies/view';
import type { PrisonerName } from './glossary';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The text under translation and its context: what the workbench header shows
 * (shared/api/workbench.ts), with the source text, the prisoner's name parts for the glossary,
 * and the saved translation's text.
 */
export interface WorkbenchSubject extends Omit<WorkbenchSubjectSummary, 'prisonerName' | 'translation'> {
  /** Null once purged after the retention period. */
  sourceText: string | null;
  prisoner: PrisonerName & { id: string; fullName: string };
  translation: (NonNullable<WorkbenchSubjectSummary['translation']> & { text: string | null }) | null;
}

type Row = { translation: typeof translations.$inferSelect } | undefined;

function translationOf(row: Row): WorkbenchSubject['translation'] {
  if (!row) return null;
  const t = row.translation;
  return { id: t.id, text: t.text, status: t.status, engine: t.engine, updatedAt: t.updatedAt.toISOString() };
}

async function claimOf(db: Queryable, claimedBy: string | null, until: Date | null) {
  if (!claimedBy || !until || until.getTime() <= Date.now()) return null;
  const [holder] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, claimedBy));
  return { userId: claimedBy, displayName: holder?.name ?? '', until: until.toISOString() };
}

const prisonerColumns = {
  id: prisoners.id,
  fullName: prisoners.fullName,
  surname: prisoners.surname,
  givenName: prisoners.givenName,
  patronymic: prisoners.patronymic,
  latinNames: prisoners.latinNames,
};

/**
 * A letter for the translator.
 * @throws AppError 404 `letter_not_found`, 403 outside the translator's language pairs.
 */
export async function loadLetterSubject(
  db: Queryable,
  user: SessionUser,
  letterId: string,
): Promise<WorkbenchSubject> {
  if (!UUID.test(letterId)) throw notFound('letter');
  const [row] = await db
    .select({ letter: letters, pseudonym: writers.pseudonym, prisoner: prisonerColumns })
    .from(letters)
    .innerJoin(writers, eq(writers.id, letters.writerId))
    .innerJoin(prisoners, eq(prisoners.id, letters.prisonerId))
    .where(eq(letters.id, letterId));
  if (!row) throw notFound('letter');
  const { letter } = row;
  if (!canTranslatePair(user, letter.language, 'ru'))
    throw forbidden(`You do not translate ${letter.language} → ru.`);
  const [translation] = await db
    .select({ translation: translations })
    .from(translations)
    .where(and(eq(translations.letterId, letterId), eq(translations.direction, 'to_ru')))
    .orderBy(desc(translations.updatedAt))
    .limit(1);
  const claim = await claimOf(db, letter.claimedBy, letter.claimExpiresAt);
  return {
    kind: 'letter',
    id: letter.id,
    refCode: letter.refCode,
    status: letter.status,
    editable: letter.status === 'translating' && (!claim || claim.userId === user.id) && letter.body !== null,
    direction: 'to_ru',
    sourceLanguage: letter.language,
    targetLanguage: 'ru',
    sourceText: letter.body,
    signature: letter.signature,
    prisoner: row.prisoner,
    writerPseudonym: row.pseudonym,
    translation: translationOf(translation),
    claim,
  };
}

/**
 * A reply's transcription for the translator into the writer's language.
 * @throws AppError 404 `reply_not_found` / `reply_letter_not_found` (not matched yet), 403 outside the pairs.
 */
export async function loadReplySubject(
  db: Queryable,
  user: SessionUser,
  replyId: string,
): Promise<WorkbenchSubject> {
  if (!UUID.test(replyId)) throw notFound('reply');
  const [row] = await db
    .select({
      reply: replies,
      refCode: letters.refCode,
      language: writers.language,
      pseudonym: writers.pseudonym,
      prisoner: prisonerColumns,
    })
    .from(replies)
    .leftJoin(letters, eq(letters.id, replies.letterId))
    .leftJoin(writers, eq(writers.id, letters.writerId))
    .leftJoin(prisoners, eq(prisoners.id, letters.prisonerId))
    .where(eq(replies.id, replyId));
  if (!row) throw notFound('reply');
  if (!row.prisoner || row.language === null) throw notFound('reply_letter');
  const target = replyTargetLanguage(row.language);
  if (!canTranslatePair(user, 'ru', target)) throw forbidden(`You do not translate ru → ${target}.`);
  const [translation] = await db
    .select({ translation: translations })
    .from(translations)
    .where(sql`${translations.replyId} = ${replyId} AND ${translations.direction} = 'from_ru'`)
    .orderBy(desc(translations.updatedAt))
    .limit(1);
  const { reply } = row;
  const claim = await claimOf(db, reply.claimedBy, reply.claimExpiresAt);
  return {
    kind: 'reply',
    id: reply.id,
    refCode: row.refCode,
    status: reply.status,
    editable:
      reply.status === 'translating' && (!claim || claim.userId === user.id) && reply.transcription !== null,
    direction: 'from_ru',
    sourceLanguage: 'ru',
    targetLanguage: target,
    sourceText: reply.transcription,
    signature: null,
    prisoner: row.prisoner,
    writerPseudonym: row.pseudonym,
    translation: translationOf(translation),
    claim,
  };
}
