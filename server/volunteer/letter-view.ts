/**
 * A letter as a volunteer opens it: the writer only as a pseudonym, the text, the latest Russian
 * translation, screening flags, the history, who holds it, and its latest dispatch (channel and
 * the service's order or the post's tracking number). The presenter returns plain JSON
 * strings; the dashboard renders every one of them as text, never as HTML.
 */
import { desc, eq, sql } from 'drizzle-orm';
import type { DispatchAttemptStatus, VolunteerLetterView } from '../../shared/api/volunteer-letter';
import type { Queryable } from '../db/database';
import {
  dispatchAttempts,
  facilities,
  letterEvents,
  letters,
  prisoners,
  screenings,
  translations,
  users,
  writers,
} from '../db/schema';
import { notFound } from '../errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Loads a letter for the dashboard. @throws AppError 404 `letter_not_found`. */
export async function volunteerLetterView(db: Queryable, letterId: string): Promise<VolunteerLetterView> {
  if (!UUID.test(letterId)) throw notFound('letter');
  const [row] = await db
    .select({
      letter: letters,
      writer: writers,
      prisoner: prisoners,
      facility: facilities.shortName,
      holder: users.displayName,
    })
    .from(letters)
    .innerJoin(writers, eq(writers.id, letters.writerId))
    .innerJoin(prisoners, eq(prisoners.id, letters.prisonerId))
    .leftJoin(facilities, eq(facilities.id, sql`coalesce(${letters.facilityId}, ${prisoners.facilityId})`))
    .leftJoin(users, eq(users.id, letters.claimedBy))
    .where(eq(letters.id, letterId));
  if (!row) throw notFound('letter');
  const [translation] = await db
    .select()
    .from(translations)
    .where(sql`${translations.letterId} = ${letterId} AND ${translations.direction} = 'to_ru'`)
    .orderBy(desc(translations.updatedAt))
    .limit(1);
  const [screening] = await db
    .select({ flags: screenings.flags })
    .from(screenings)
    .where(eq(screenings.letterId, letterId))
    .orderBy(desc(screenings.createdAt))
    .limit(1);
  const events = await db
    .select()
    .from(letterEvents)
    .where(eq(letterEvents.letterId, letterId))
    .orderBy(letterEvents.id);
  const [attempt] = await db
    .select()
    .from(dispatchAttempts)
    .where(eq(dispatchAttempts.letterId, letterId))
    .orderBy(desc(dispatchAttempts.createdAt))
    .limit(1);
  const { letter, writer, prisoner } = row;
  const live = letter.claimedBy && letter.claimExpiresAt && letter.claimExpiresAt.getTime() > Date.now();
  return {
    id: letter.id,
    refCode: letter.refCode,
    status: letter.status,
    language: letter.language,
    body: letter.body,
    signature: letter.signature,
    charCount: letter.charCount,
    purged: letter.purgedAt !== null,
    writer: { pseudonym: writer.pseudonym, language: writer.language, blocked: writer.blockedAt !== null },
    prisoner: { id: prisoner.id, name: prisoner.fullName, facility: row.facility ?? null },
    translation: translation
      ? {
          id: translation.id,
          text: translation.text,
          status: translation.status,
          engine: translation.engine,
          updatedAt: translation.updatedAt.toISOString(),
        }
      : null,
    flags: screening?.flags ?? [],
    history: events.map((e) => ({
      name: e.name,
      from: e.fromStatus,
      to: e.toStatus,
      actorType: e.actorType,
      reason: e.reason,
      at: e.createdAt.toISOString(),
    })),
    claim: live
      ? {
          userId: letter.claimedBy!,
          displayName: row.holder ?? '',
          until: letter.claimExpiresAt!.toISOString(),
        }
      : null,
    dispatch: attempt
      ? {
          channel: attempt.channel,
          // A text column that holds only pending, succeeded or failed (server/channels/dispatch.ts).
          status: attempt.status as DispatchAttemptStatus,
          externalRef: attempt.externalRef,
          at: (attempt.completedAt ?? attempt.createdAt).toISOString(),
        }
      : null,
  };
}
