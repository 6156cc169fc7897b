import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { buildLetter } from '../../test/factories';
import { loadConfig } from '../config';
import { letterEvents, letters } from '../db/schema';
import { sweepStuckLetters } from './sweep-stuck-letters';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

const config = loadConfig({ STUCK_QUEUE_HOURS: '48', LOST_AFTER_DAYS: '60' });

async function age(id: string, interval: string) {
  await database.db.execute(
    sql`UPDATE letters SET status_changed_at = now() - ${interval}::interval WHERE id = ${id}`,
  );
}

describe('sweepStuckLetters', () => {
  it('raises letters past the threshold once, and leaves fresh ones alone', async () => {
    const stale = await buildLetter(database.db, { status: 'reviewing' });
    const fresh = await buildLetter(database.db, { status: 'reviewing' });
    await age(stale.id, '49 hours');
    await age(fresh.id, '47 hours');

    expect(await sweepStuckLetters(database.db, config)).toEqual({ raised: 1, lost: 0 });
    expect(await sweepStuckLetters(database.db, config)).toEqual({ raised: 0, lost: 0 });

    const [row] = await database.db.select().from(letters).where(eq(letters.id, stale.id));
    expect(row!.stuckSince).not.toBeNull();
    expect(row!.status).toBe('reviewing');
    const events = await database.db.select().from(letterEvents).where(eq(letterEvents.letterId, stale.id));
    expect(events).toEqual([expect.objectContaining({ kind: 'alert', name: 'stuck', actorType: 'system' })]);
    const [untouched] = await database.db.select().from(letters).where(eq(letters.id, fresh.id));
    expect(untouched!.stuckSince).toBeNull();
  });

  it("measures a writer's self-post against SELF_POST_DAYS, other dispatches against hours", async () => {
    const posting = await buildLetter(database.db, { status: 'dispatching', channel: 'self_post' });
    const card = await buildLetter(database.db, { status: 'dispatching', channel: 'fsin_pismo' });
    await age(posting.id, '3 days');
    await age(card.id, '3 days');
    await sweepStuckLetters(database.db, config);
    const stuck = async (id: string) =>
      (await database.db.select().from(letters).where(eq(letters.id, id)))[0]!.stuckSince;
    expect(await stuck(card.id)).not.toBeNull();
    expect(await stuck(posting.id)).toBeNull();

    await age(posting.id, '31 days');
    await sweepStuckLetters(database.db, config);
    expect(await stuck(posting.id)).not.toBeNull();
    const [alert] = await database.db
      .select()
      .from(letterEvents)
      .where(eq(letterEvents.letterId, posting.id));
    expect(alert!.reason).toBe('the writer chose to post it and has not said they did in 720 hours');
  });

  it('presumes long-silent dispatches lost through the transition command', async () => {
    const silent = await buildLetter(database.db, { status: 'dispatched' });
    await age(silent.id, '61 days');
    const result = await sweepStuckLetters(database.db, config);
    expect(result.lost).toBe(1);
    const [row] = await database.db.select().from(letters).where(eq(letters.id, silent.id));
    expect(row!.status).toBe('lost');
    const events = await database.db.select().from(letterEvents).where(eq(letterEvents.letterId, silent.id));
    expect(events).toEqual([
      expect.objectContaining({ name: 'markLost', fromStatus: 'dispatched', toStatus: 'lost' }),
    ]);
  });
});
