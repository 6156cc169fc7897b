/**
 * A letter as the moderator opens it: the original and the Russian text with their paragraphs
 * (to show side by side), flags on both with notes and writer messages, campaign and spam
 * signals, the ready-made reasons in the writer's language, and the history. The writer appears
 * only by pseudonym.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { UiLanguage } from '../../shared/limits';
import type { Queryable } from '../db/database';
import { letterEvents, letters, prisoners, translations, users, writers } from '../db/schema';
import { notFound } from '../errors';
import { paragraphBlocks } from '../mt/segment';
import { loadPrisonerContext } from '../screening/prisoner-context';
import { screenLetter, type LetterFlags } from './flags';
import { reasonsFor, writerUiLanguage } from './reasons';
import { letterSignals, signalBadges, type LetterSignals } from './signals';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Blocks = { start: number; end: number }[];
type Reasons = ReturnType<typeof reasonsFor>;

/** The moderation screen's data. */
export interface ModerationView {
  id: string;
  refCode: string;
  status: string;
  language: string;
  writer: { pseudonym: string; language: string; uiLanguage: UiLanguage; blocked: boolean };
  prisoner: { id: string; name: string };
  original: { text: string; signature: string; paragraphs: Blocks } | null;
  russian: { text: string; paragraphs: Blocks; translatorId: string | null; engine: string | null } | null;
  flags: LetterFlags;
  signals: LetterSignals;
  badges: ReturnType<typeof signalBadges>;
  reasons: { changes: Reasons; reject: Reasons };
  /** The volunteer's own translation: someone else must approve it. */
  ownTranslation: boolean;
  claim: { userId: string; displayName: string; until: string } | null;
  history: { name: string; to: string | null; actorType: string; reason: string | null; at: string }[];
}

/** What decisions and fast approval need from the letter. */
export interface LoadedLetter {
  letter: typeof letters.$inferSelect;
  writer: typeof writers.$inferSelect;
  prisonerName: string;
  translation: typeof translations.$inferSelect | undefined;
  russian: string | null;
  flags: LetterFlags;
}

/** Loads a letter with its Russian text and fresh flags. @throws AppError 404 `letter_not_found`. */
export async function loadForModeration(db: Queryable, letterId: string): Promise<LoadedLetter> {
  if (!UUID.test(letterId)) throw notFound('letter');
  const [row] = await db
    .select({ letter: letters, writer: writers, prisonerName: prisoners.fullName })
    .from(letters)
    .innerJoin(writers, eq(writers.id, letters.writerId))
    .innerJoin(prisoners, eq(prisoners.id, letters.prisonerId))
    .where(eq(letters.id, letterId));
  if (!row) throw notFound('letter');
  const [translation] = await db
    .select()
    .from(translations)
    .where(and(eq(translations.letterId, letterId), eq(translations.direction, 'to_ru')))
    .orderBy(desc(translations.updatedAt))
    .limit(1);
  const { letter, writer } = row;
  const russian = letter.language === 'ru' ? letter.body : (translation?.text ?? null);
  const prisoner = (await loadPrisonerContext(db, letter.prisonerId)) ?? undefined;
  const flags = screenLetter({
    body: letter.body ?? '',
    language: letter.language,
    russian,
    writerUiLanguage: writerUiLanguage(writer.uiLanguage),
    prisoner,
  });
  return { letter, writer, prisonerName: row.prisonerName, translation, russian, flags };
}

/** The moderation screen for `letterId`, as `userId` sees it. */
export async function moderationView(
  db: Queryable,
  userId: string,
  letterId: string,
): Promise<ModerationView> {
  const loaded = await loadForModeration(db, letterId);
  const { letter, writer, translation, russian } = loaded;
  const ui = writerUiLanguage(writer.uiLanguage);
  const signals = (await letterSignals(db, letterId))!;
  const events = await db
    .select()
    .from(letterEvents)
    .where(eq(letterEvents.letterId, letterId))
    .orderBy(letterEvents.id);
  const live = letter.claimedBy && letter.claimExpiresAt && letter.claimExpiresAt.getTime() > Date.now();
  const [holder] = live
    ? await db.select({ name: users.displayName }).from(users).where(eq(users.id, letter.claimedBy!))
    : [];
  return {
    id: letter.id,
    refCode: letter.refCode,
    status: letter.status,
    language: letter.language,
    writer: {
      pseudonym: writer.pseudonym,
      language: writer.language,
      uiLanguage: ui,
      blocked: signals.blocked,
    },
    prisoner: { id: letter.prisonerId, name: loaded.prisonerName },
    original:
      letter.body === null
        ? null
        : { text: letter.body, signature: letter.signature, paragraphs: paragraphBlocks(letter.body) },
    russian:
      russian === null
        ? null
        : {
            text: russian,
            paragraphs: paragraphBlocks(russian),
            translatorId: translation?.translatorId ?? null,
            engine: translation?.engine ?? null,
          },
    flags: loaded.flags,
    signals,
    badges: signalBadges(signals),
    reasons: { changes: reasonsFor('changes', ui), reject: reasonsFor('reject', ui) },
    ownTranslation: letter.language !== 'ru' && translation?.translatorId === userId,
    claim: live
      ? {
          userId: letter.claimedBy!,
          displayName: holder?.name ?? '',
          until: letter.claimExpiresAt!.toISOString(),
        }
      : null,
    history: events.map((e) => ({
      name: e.name,
      to: e.toStatus,
      actorType: e.actorType,
      reason: e.reason,
      at: e.createdAt.toISOString(),
    })),
  };
}
