/**
 * Letters as the dispatcher console needs them: approved (or mid-dispatch) letters with their
 * approved Russian text, the prisoner's name parts, and the facility with its channel rows —
 * loaded in a few set queries however long the queue is.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ChannelFacility, ChannelLetter } from '../channels/channel';
import type { Queryable } from '../db/database';
import { facilities, facilityChannels, letters, prisoners, translations, users } from '../db/schema';

/** A facility row. */
export type FacilityRow = typeof facilities.$inferSelect;

/** One letter in the console. */
export interface ConsoleLetter {
  id: string;
  refCode: string;
  status: string;
  /** When the letter entered its status (approved: waiting since). */
  since: Date;
  /** The approved Russian text with the writer's signature, or null when there is none. */
  russianText: string | null;
  /** Another volunteer's live lease on the letter, if any. */
  claim: { userId: string; displayName: string; until: Date } | null;
  prisoner: {
    id: string;
    fullName: string;
    surname: string;
    givenName: string;
    patronymic: string;
    gender: 'male' | 'female' | 'unknown';
    birthYear: number | null;
    country: string;
    status: string;
    recipientDative: string | null;
    /** A fictional person of the demo data: the letter is never sent. */
    isDemo: boolean;
  };
  facility: FacilityRow | null;
  /** The facility as the channels see it (the prisoner's country decides which services exist). */
  channelFacility: ChannelFacility | null;
}

/** Which letters to load. */
export interface LetterFilter {
  ids?: readonly string[];
  statuses?: readonly ('approved' | 'dispatching')[];
  limit?: number;
}

/**
 * The Russian text that goes out: the approved translation, or the writer's own text when they
 * wrote in Russian; the signature follows on its own line (translators translate the body only).
 */
export function russianTextOf(
  letter: { language: string; body: string | null; signature: string },
  approvedTranslation: string | null | undefined,
): string | null {
  const text = approvedTranslation ?? (letter.language === 'ru' ? letter.body : null);
  if (!text?.trim()) return null;
  const signature = letter.signature.trim();
  if (!signature || text.trimEnd().endsWith(signature)) return text.trim();
  return `${text.trim()}\n\n${signature}`;
}

/** Loads letters, oldest in their status first. */
export async function loadConsoleLetters(db: Queryable, filter: LetterFilter): Promise<ConsoleLetter[]> {
  if (filter.ids && filter.ids.length === 0) return [];
  const conditions = [
    filter.ids ? inArray(letters.id, [...filter.ids]) : undefined,
    filter.statuses ? inArray(letters.status, [...filter.statuses]) : undefined,
  ].filter((c) => c !== undefined);
  const rows = await db
    .select({ letter: letters, prisoner: prisoners, facility: facilities, holder: users.displayName })
    .from(letters)
    .innerJoin(prisoners, eq(prisoners.id, letters.prisonerId))
    // A letter's facility is fixed at approval or re-routing; before that it follows the prisoner.
    .leftJoin(facilities, eq(facilities.id, sql`coalesce(${letters.facilityId}, ${prisoners.facilityId})`))
    .leftJoin(users, eq(users.id, letters.claimedBy))
    .where(and(...conditions))
    .orderBy(letters.statusChangedAt, letters.id)
    .limit(filter.limit ?? 1000);
  if (rows.length === 0) return [];

  const ids = rows.map((r) => r.letter.id);
  const texts = new Map<string, string | null>();
  const approved = await db
    .select({ letterId: translations.letterId, text: translations.text })
    .from(translations)
    .where(
      and(
        inArray(translations.letterId, ids),
        eq(translations.direction, 'to_ru'),
        eq(translations.status, 'approved'),
      ),
    )
    .orderBy(desc(translations.updatedAt));
  for (const t of approved) if (t.letterId && !texts.has(t.letterId)) texts.set(t.letterId, t.text);

  const facilityIds = [...new Set(rows.flatMap((r) => (r.facility ? [r.facility.id] : [])))];
  const channelRows = facilityIds.length
    ? await db.select().from(facilityChannels).where(inArray(facilityChannels.facilityId, facilityIds))
    : [];

  const now = Date.now();
  return rows.map(({ letter, prisoner, facility, holder }) => {
    const live = letter.claimedBy && letter.claimExpiresAt && letter.claimExpiresAt.getTime() > now;
    return {
      id: letter.id,
      refCode: letter.refCode,
      status: letter.status,
      since: letter.statusChangedAt,
      russianText: russianTextOf(letter, texts.get(letter.id)),
      claim: live
        ? { userId: letter.claimedBy!, displayName: holder ?? '', until: letter.claimExpiresAt! }
        : null,
      prisoner: {
        id: prisoner.id,
        fullName: prisoner.fullName,
        surname: prisoner.surname,
        givenName: prisoner.givenName,
        patronymic: prisoner.patronymic,
        isDemo: prisoner.isDemo,
        gender: prisoner.gender === 'male' || prisoner.gender === 'female' ? prisoner.gender : 'unknown',
        birthYear: prisoner.birthYear ?? (prisoner.birthDate ? Number(prisoner.birthDate.slice(0, 4)) : null),
        country: prisoner.country,
        status: prisoner.status,
        recipientDative: prisoner.recipientDative,
      },
      facility,
      channelFacility: facility
        ? {
            country: prisoner.country,
            region: facility.region,
            shortName: facility.shortName,
            officialName: facility.officialName,
            postcode: facility.postcode,
            channels: channelRows
              .filter((r) => r.facilityId === facility.id)
              .map((r) => ({
                channel: r.channel,
                available: r.available,
                priceMinor: r.priceMinor,
                currency: r.currency,
                serviceName: r.serviceName,
                serviceRegion: r.serviceRegion,
              })),
          }
        : null,
    };
  });
}

/** The letter as the channels take it, or null without a facility or Russian text. */
export function channelLetterOf(letter: ConsoleLetter, replyBlank: boolean): ChannelLetter | null {
  if (!letter.channelFacility || letter.russianText === null) return null;
  return {
    letterId: letter.id,
    refCode: letter.refCode,
    russianText: letter.russianText,
    replyBlank,
    recipient: {
      surname: letter.prisoner.surname,
      givenName: letter.prisoner.givenName,
      patronymic: letter.prisoner.patronymic,
      birthYear: letter.prisoner.birthYear,
    },
    facility: letter.channelFacility,
  };
}
