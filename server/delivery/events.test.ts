import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { buildLetter, buildPrisoner, buildWriter } from '../../test/factories';
import { letterEvents, letters } from '../db/schema';
import { markLetterDispatched, startLetterDispatch } from '../letters/commands';
import { sweepStuckLetters } from '../letters/sweep-stuck-letters';
import { proveDeliveryByReply, recordDelivered, recordStopped, STOP_REASONS } from './events';
import { closeLostFollowUp, listLostFollowUps, LOST_FOLLOW_UP, openLostFollowUps } from './lost-follow-ups';

let database: TestDatabase;
let base: { prisonerId: string; writerId: string; facilityId: string };
const volunteer = { type: 'volunteer' as const, id: 'dispatcher-1' };

beforeAll(async () => {
  database = await createTestDatabase();
  const prisoner = await buildPrisoner(database.db);
  base = {
    prisonerId: prisoner.id,
    writerId: (await buildWriter(database.db)).id,
    facilityId: prisoner.facilityId!,
  };
}, 180_000);
afterAll(() => database.destroy());

async function statusOf(id: string) {
  const [row] = await database.db.select({ status: letters.status }).from(letters).where(eq(letters.id, id));
  return row!.status;
}

async function lastTransition(id: string) {
  const [row] = await database.db
    .select()
    .from(letterEvents)
    .where(and(eq(letterEvents.letterId, id), eq(letterEvents.kind, 'transition')))
    .orderBy(sql`${letterEvents.id} DESC`)
    .limit(1);
  return row!;
}

describe('delivery events', () => {
  it('records a delivery with its source, from dispatched and from lost', async () => {
    for (const from of ['dispatched', 'lost'] as const) {
      const letter = await buildLetter(database.db, { ...base, status: from });
      await recordDelivered(database.db, letter.id, volunteer, {
        source: 'service',
        note: 'status "вручено"',
      });
      expect(await statusOf(letter.id)).toBe('delivered');
      expect((await lastTransition(letter.id)).data).toEqual({ source: 'service', note: 'status "вручено"' });
    }
  });

  it.each(['censor', 'blank_forms', 'post'] as const)(
    'records a stop by %s with the plain-words reason',
    async (cause) => {
      const letter = await buildLetter(database.db, { ...base, status: 'dispatched' });
      await recordStopped(database.db, letter.id, volunteer, { cause });
      expect(await statusOf(letter.id)).toBe('returned');
      expect(await lastTransition(letter.id)).toMatchObject({ reason: STOP_REASONS[cause], data: { cause } });
    },
  );

  it('refuses events that do not fit the letter state', async () => {
    const letter = await buildLetter(database.db, { ...base, status: 'reviewing' });
    await expect(
      recordDelivered(database.db, letter.id, volunteer, { source: 'service' }),
    ).rejects.toMatchObject({
      status: 409,
      code: 'letter_is_reviewing',
    });
    await expect(recordStopped(database.db, letter.id, volunteer, { cause: 'censor' })).rejects.toMatchObject(
      {
        status: 409,
      },
    );
  });

  it('lets a reply prove delivery only where it changes something', async () => {
    const lost = await buildLetter(database.db, { ...base, status: 'lost' });
    const returned = await buildLetter(database.db, { ...base, status: 'returned' });
    const replyId = '11111111-1111-4111-8111-111111111111';
    expect(await proveDeliveryByReply(database.db, lost.id, replyId, volunteer)).toBe(true);
    expect(await statusOf(lost.id)).toBe('delivered');
    expect(await proveDeliveryByReply(database.db, lost.id, replyId, volunteer)).toBe(false);
    expect(await proveDeliveryByReply(database.db, returned.id, replyId, volunteer)).toBe(false);
    expect(await statusOf(returned.id)).toBe('returned');
  });
});

describe('lost letters and their follow-up', () => {
  const config = loadConfig({ LOST_AFTER_DAYS: '60' });

  async function goneQuiet() {
    const letter = await buildLetter(database.db, { ...base, status: 'dispatched' });
    // Dispatched 61 days ago, with no news since.
    await database.db
      .update(letters)
      .set({ statusChangedAt: sql`now() - interval '61 days'` })
      .where(eq(letters.id, letter.id));
    return letter;
  }

  it('opens one task per letter the sweep marked lost, and lists it', async () => {
    const letter = await goneQuiet();
    await sweepStuckLetters(database.db, config);
    expect(await statusOf(letter.id)).toBe('lost');
    expect(await openLostFollowUps(database.db)).toBeGreaterThanOrEqual(1);
    expect(await openLostFollowUps(database.db)).toBe(0);
    const tasks = await listLostFollowUps(database.db);
    expect(tasks.find((t) => t.letterId === letter.id)).toMatchObject({
      refCode: letter.refCode,
      facility: 'ИК-2',
    });
  });

  it('closes tasks by outcome', async () => {
    const outcomes = [
      { outcome: 'delivered' as const, status: 'delivered' },
      { outcome: 'stopped' as const, cause: 'censor' as const, status: 'returned' },
      { outcome: 'resend' as const, status: 'approved' },
      { outcome: 'give_up' as const, note: 'facility does not answer', status: 'lost' },
    ];
    for (const { status, ...outcome } of outcomes) {
      const letter = await goneQuiet();
      await sweepStuckLetters(database.db, config);
      await openLostFollowUps(database.db);
      await closeLostFollowUp(database.db, letter.id, volunteer, outcome);
      expect(await statusOf(letter.id)).toBe(status);
      expect((await listLostFollowUps(database.db)).some((t) => t.letterId === letter.id)).toBe(false);
    }
  });

  it('opens a new task when a resent letter is lost again', async () => {
    const letter = await goneQuiet();
    await sweepStuckLetters(database.db, config);
    await openLostFollowUps(database.db);
    await closeLostFollowUp(database.db, letter.id, volunteer, { outcome: 'resend' });
    await startLetterDispatch(database.db, letter.id, volunteer);
    await markLetterDispatched(database.db, letter.id, volunteer);
    await database.db
      .update(letters)
      .set({ statusChangedAt: sql`now() - interval '61 days'` })
      .where(eq(letters.id, letter.id));
    await sweepStuckLetters(database.db, config);
    await openLostFollowUps(database.db);
    const tasks = await database.db
      .select()
      .from(letterEvents)
      .where(and(eq(letterEvents.letterId, letter.id), eq(letterEvents.name, LOST_FOLLOW_UP)));
    expect(tasks).toHaveLength(2);
    expect((await listLostFollowUps(database.db)).some((t) => t.letterId === letter.id)).toBe(true);
  });

  it('says when the letter is not lost any more', async () => {
    const letter = await buildLetter(database.db, { ...base, status: 'delivered' });
    await expect(
      closeLostFollowUp(database.db, letter.id, volunteer, { outcome: 'give_up', note: 'x' }),
    ).rejects.toMatchObject({ status: 409, code: 'letter_is_delivered' });
  });
});
