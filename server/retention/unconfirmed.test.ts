import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { buildLetter, buildWriter } from '../../test/factories';
import { loadConfig } from '../config';
import { accessTokens, auditLog, letters, writers } from '../db/schema';
import { hashToken, newToken } from '../security/tokens';
import { deleteUnconfirmedLetters } from './unconfirmed';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600_000);

describe('letters never confirmed', () => {
  it('are deleted after UNCONFIRMED_LETTER_DAYS with their links, and so is a writer left with nothing', async () => {
    const { db } = database;
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/lb-unconfirmed' });
    expect(config.UNCONFIRMED_LETTER_DAYS).toBe(7);

    const stranger = await buildWriter(db);
    const abandoned = await buildLetter(db, { writerId: stranger.id, statusChangedAt: daysAgo(8) });
    await db.insert(accessTokens).values({
      tokenHash: hashToken(newToken()),
      purpose: 'confirm_letter',
      writerId: stranger.id,
      letterId: abandoned.id,
      expiresAt: daysAgo(6),
    });
    // A writer who confirmed another letter keeps their row.
    const regular = await buildWriter(db);
    const forgotten = await buildLetter(db, { writerId: regular.id, statusChangedAt: daysAgo(9) });
    const sent = await buildLetter(db, {
      writerId: regular.id,
      status: 'dispatched',
      statusChangedAt: daysAgo(30),
    });
    // A blocked writer's row is the block: it stays.
    const blocked = await buildWriter(db);
    await db
      .update(writers)
      .set({ blockedAt: daysAgo(20) })
      .where(eq(writers.id, blocked.id));
    const refused = await buildLetter(db, { writerId: blocked.id, statusChangedAt: daysAgo(10) });
    const fresh = await buildLetter(db, { statusChangedAt: daysAgo(2) });
    const screening = await buildLetter(db, { status: 'screening', statusChangedAt: daysAgo(30) });

    expect(await deleteUnconfirmedLetters(db, config)).toEqual({ letters: 3, writers: 1 });

    const left = (await db.select({ id: letters.id }).from(letters)).map((l) => l.id);
    for (const gone of [abandoned, forgotten, refused]) expect(left).not.toContain(gone.id);
    for (const kept of [sent, fresh, screening]) expect(left).toContain(kept.id);
    const people = (
      await db
        .select({ id: writers.id })
        .from(writers)
        .where(inArray(writers.id, [stranger.id, regular.id, blocked.id]))
    ).map((w) => w.id);
    expect(people.sort()).toEqual([regular.id, blocked.id].sort());
    expect(await db.select().from(accessTokens).where(eq(accessTokens.letterId, abandoned.id))).toHaveLength(
      0,
    );
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'retention.unconfirmed'));
    expect(audit!.data).toEqual({ letters: 3, writers: 1 });

    // Nothing more to do on a second run.
    expect(await deleteUnconfirmedLetters(db, config)).toEqual({ letters: 0, writers: 0 });
  });
});
