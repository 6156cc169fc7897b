import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { buildLetter, buildPrisoner, buildWriter } from '../../test/factories';
import type { RoutableChannelId } from '../channels/channel';
import { beginDispatch, completeDispatch } from '../channels/dispatch';
import { letterEvents, replies } from '../db/schema';
import { markLetterLost } from '../letters/commands';
import { buildRealFacility, buildReply } from '../replies/fixtures';
import { recordDelivered, recordStopped, type StopCause } from './events';
import { channelCosts, facilityStats, publicFacilityStats } from './stats';

const KRESTY = 'ФКУ СИЗО-1 УФСИН России по г. Санкт-Петербургу и Ленинградской области';
const POKROV = 'ФКУ ИК-2 УФСИН России по Владимирской области';
const actor = { type: 'volunteer' as const, id: 'dispatcher' };

let database: TestDatabase;
let kresty: string;
let pokrov: string;

/** What happens to one letter in the fixture, with days counted from its dispatch. */
interface Story {
  facilityId: string;
  channel: RoutableChannelId;
  costMinor?: number;
  deliveredAfter?: number;
  stopped?: StopCause;
  lost?: boolean;
  replyAfter?: number;
}

let orders = 0;

/** Dispatches a letter through the real dispatch service, then plays out `story`, backdating events. */
async function play(story: Story): Promise<void> {
  const db = database.db;
  const prisoner = await buildPrisoner(db, { facilityId: story.facilityId });
  const writer = await buildWriter(db);
  const letter = await buildLetter(db, {
    prisonerId: prisoner.id,
    writerId: writer.id,
    facilityId: story.facilityId,
    status: 'approved',
  });
  const { attempt } = await beginDispatch(db, letter.id, story.channel, actor);
  await completeDispatch(db, attempt.id, {
    externalRef: story.channel === 'post' ? null : `ORDER-${++orders}`,
    costMinor: story.costMinor ?? null,
    currency: 'RUB',
    actor,
  });
  const sentDaysAgo = 100;
  const setEventAge = (toStatus: string, daysAgo: number) =>
    db
      .update(letterEvents)
      .set({ createdAt: sql`now() - ${daysAgo} * interval '1 day'` })
      .where(and(eq(letterEvents.letterId, letter.id), eq(letterEvents.toStatus, toStatus)));
  await setEventAge('dispatched', sentDaysAgo);
  if (story.deliveredAfter !== undefined) {
    await recordDelivered(db, letter.id, actor, { source: 'service' });
    await setEventAge('delivered', sentDaysAgo - story.deliveredAfter);
  }
  if (story.stopped) await recordStopped(db, letter.id, actor, { cause: story.stopped });
  if (story.lost) await markLetterLost(db, letter.id, actor);
  if (story.replyAfter !== undefined) {
    const reply = await buildReply(db, { letterId: letter.id });
    await db
      .update(replies)
      .set({ createdAt: sql`now() - ${sentDaysAgo - story.replyAfter} * interval '1 day'` })
      .where(eq(replies.id, reply.id));
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  kresty = (await buildRealFacility(database.db, KRESTY, ['fsin_pismo'])).id;
  pokrov = (await buildRealFacility(database.db, POKROV)).id;
  const viaFsin = { facilityId: kresty, channel: 'fsin_pismo' as const, costMinor: 5500 };
  for (const story of [
    { ...viaFsin, deliveredAfter: 3, replyAfter: 20 },
    { ...viaFsin, deliveredAfter: 5 },
    { ...viaFsin, deliveredAfter: 10, replyAfter: 30 },
    { ...viaFsin, stopped: 'censor' as const },
    { ...viaFsin, stopped: 'blank_forms' as const },
    { ...viaFsin, lost: true },
    { facilityId: pokrov, channel: 'post' as const, costMinor: 3000, stopped: 'post' as const },
    { facilityId: pokrov, channel: 'post' as const, deliveredAfter: 40 },
  ]) {
    await play(story);
  }
}, 180_000);
afterAll(() => database.destroy());

describe('per-facility statistics', () => {
  it('counts outcomes and medians per facility for coordinators', async () => {
    const stats = await facilityStats(database.db);
    expect(stats.map((s) => s.shortName)).toEqual(['СИЗО-1', 'ИК-2']);
    expect(stats[0]).toMatchObject({
      facilityId: kresty,
      officialName: KRESTY,
      sent: 6,
      delivered: 3,
      stopped: 2,
      returned: 0,
      lost: 1,
      replied: 2,
      medianDaysToDelivery: 5,
      medianDaysToReply: 25,
      costs: [
        {
          channel: 'fsin_pismo',
          currency: 'RUB',
          letters: 6,
          priced: 6,
          totalMinor: 33000,
          averageMinor: 5500,
        },
      ],
    });
    expect(stats[1]).toMatchObject({
      sent: 2,
      delivered: 1,
      stopped: 0,
      returned: 1,
      medianDaysToDelivery: 40,
      medianDaysToReply: null,
      costs: [{ channel: 'post', letters: 2, priced: 1, totalMinor: 3000, averageMinor: 3000 }],
    });
  });

  it('sums cost per channel', async () => {
    expect(await channelCosts(database.db)).toEqual([
      {
        channel: 'fsin_pismo',
        currency: 'RUB',
        letters: 6,
        priced: 6,
        totalMinor: 33000,
        averageMinor: 5500,
      },
      { channel: 'post', currency: 'RUB', letters: 2, priced: 1, totalMinor: 3000, averageMinor: 3000 },
    ]);
  });

  it('shows the public only facilities with at least five letters, without costs', async () => {
    const stats = await publicFacilityStats(database.db);
    expect(stats).toHaveLength(1);
    expect(stats[0]!.facilityId).toBe(kresty);
    expect(stats[0]).not.toHaveProperty('costs');
  });

  it('filters by dispatch date', async () => {
    expect(await facilityStats(database.db, { since: new Date(Date.now() + 86_400_000) })).toEqual([]);
  });
});
