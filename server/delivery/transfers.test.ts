import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { buildLetter, buildPrisoner, buildWriter } from '../../test/factories';
import { queryRows } from '../db/rows';
import { letterEvents, letters } from '../db/schema';
import { enqueueJob } from '../jobs/queue';
import { holdLetter } from '../letters/commands';
import { buildRealFacility } from '../replies/fixtures';
import { handlePrisonerTransferred, TRANSFER_CAUSE } from './transfers';

const KRESTY = 'ФКУ СИЗО-1 УФСИН России по г. Санкт-Петербургу и Ленинградской области';
const POKROV = 'ФКУ ИК-2 УФСИН России по Владимирской области';
const MORDOVIA = 'ФКУ ИК-1 УФСИН России по Республике Мордовия';

let database: TestDatabase;
let writerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  writerId = (await buildWriter(database.db)).id;
}, 180_000);
afterAll(() => database.destroy());

async function letterRow(id: string) {
  const [row] = await database.db.select().from(letters).where(eq(letters.id, id));
  return row!;
}

const transitionsOf = (id: string) =>
  database.db
    .select({ name: letterEvents.name, to: letterEvents.toStatus, data: letterEvents.data })
    .from(letterEvents)
    .where(and(eq(letterEvents.letterId, id), eq(letterEvents.kind, 'transition')))
    .orderBy(letterEvents.id);

async function notifyJobs(letterId: string): Promise<string[]> {
  const rows = await queryRows<{ status: string }>(
    database.db,
    sql`SELECT payload->>'status' AS status FROM jobs WHERE name = 'notify-writer' AND payload->>'letterId' = ${letterId} ORDER BY id`,
  );
  return rows.map((r) => r.status);
}

async function moved(toChannels: Parameters<typeof buildRealFacility>[2]) {
  const from = await buildRealFacility(database.db, KRESTY, ['fsin_pismo']);
  const to = await buildRealFacility(database.db, POKROV, toChannels);
  const prisoner = await buildPrisoner(database.db, { facilityId: to.id });
  const base = { prisonerId: prisoner.id, writerId, facilityId: from.id };
  return { from, to, prisoner, base };
}

describe('a prisoner moved to a facility some channel reaches', () => {
  it('holds, re-routes and releases approved and dispatched letters; leaves the rest', async () => {
    const { from, to, prisoner, base } = await moved(['fsin_pismo']);
    const approved = await buildLetter(database.db, { ...base, status: 'approved', channel: 'fsin_pismo' });
    const dispatched = await buildLetter(database.db, {
      ...base,
      status: 'dispatched',
      channel: 'fsin_pismo',
    });
    const delivered = await buildLetter(database.db, { ...base, status: 'delivered' });
    const reviewing = await buildLetter(database.db, { ...base, status: 'reviewing' });
    const dispatching = await buildLetter(database.db, { ...base, status: 'dispatching' });

    const result = await handlePrisonerTransferred(database.db, {
      prisonerId: prisoner.id,
      fromFacilityId: from.id,
      toFacilityId: to.id,
    });
    expect(result).toEqual({ held: 2, released: 2, waiting: 0, skipped: 0 });

    for (const letter of [approved, dispatched]) {
      const row = await letterRow(letter.id);
      expect(row).toMatchObject({ status: 'approved', facilityId: to.id, channel: null });
      const steps = await transitionsOf(letter.id);
      expect(steps.map((s) => `${s.name}:${s.to}`)).toEqual(['hold:on_hold', 'release:approved']);
      expect(steps[0]!.data).toMatchObject({
        cause: TRANSFER_CAUSE,
        fromFacilityId: from.id,
        toFacilityId: to.id,
      });
      // The writer is told by the notify-writer job the hold enqueued.
      expect(await notifyJobs(letter.id)).toEqual(['on_hold']);
    }
    for (const letter of [delivered, reviewing, dispatching]) {
      const row = await letterRow(letter.id);
      expect(row.status).toBe(letter.status);
      expect(row.facilityId).toBe(from.id);
    }
  });

  it('is idempotent: running the same move again changes nothing', async () => {
    const { from, to, prisoner, base } = await moved(['post']);
    const letter = await buildLetter(database.db, { ...base, status: 'dispatched', channel: 'post' });
    const payload = { prisonerId: prisoner.id, fromFacilityId: from.id, toFacilityId: to.id };
    await handlePrisonerTransferred(database.db, payload);
    const again = await handlePrisonerTransferred(database.db, payload);
    expect(again).toEqual({ held: 0, released: 0, waiting: 0, skipped: 1 });
    expect(await transitionsOf(letter.id)).toHaveLength(2);
  });
});

describe('a prisoner moved to a facility no channel reaches', () => {
  it('keeps letters on hold with an alert, and releases them when a later move finds a channel', async () => {
    const { from, to, prisoner, base } = await moved([{ channel: 'post', available: false }]);
    const letter = await buildLetter(database.db, { ...base, status: 'approved' });
    const first = await handlePrisonerTransferred(database.db, {
      prisonerId: prisoner.id,
      fromFacilityId: from.id,
      toFacilityId: to.id,
    });
    expect(first).toEqual({ held: 1, released: 0, waiting: 1, skipped: 0 });
    expect(await letterRow(letter.id)).toMatchObject({ status: 'on_hold', facilityId: to.id });
    const alerts = await database.db
      .select()
      .from(letterEvents)
      .where(and(eq(letterEvents.letterId, letter.id), eq(letterEvents.name, 'transfer_no_channel')));
    expect(alerts).toHaveLength(1);

    const next = await buildRealFacility(database.db, MORDOVIA, ['zonatelecom']);
    const second = await handlePrisonerTransferred(database.db, {
      prisonerId: prisoner.id,
      fromFacilityId: to.id,
      toFacilityId: next.id,
    });
    expect(second).toEqual({ held: 0, released: 1, waiting: 0, skipped: 0 });
    expect(await letterRow(letter.id)).toMatchObject({ status: 'approved', facilityId: next.id });
  });

  it('leaves letters a person put on hold for another reason', async () => {
    const { from, to, prisoner, base } = await moved(['fsin_pismo']);
    const letter = await buildLetter(database.db, { ...base, status: 'approved' });
    await holdLetter(
      database.db,
      letter.id,
      { type: 'volunteer', id: 'coordinator' },
      { reason: 'released soon' },
    );
    const result = await handlePrisonerTransferred(database.db, {
      prisonerId: prisoner.id,
      fromFacilityId: from.id,
      toFacilityId: to.id,
    });
    expect(result).toEqual({ held: 0, released: 0, waiting: 0, skipped: 1 });
    expect(await letterRow(letter.id)).toMatchObject({ status: 'on_hold', facilityId: from.id });
  });
});

describe('the prisoner-transferred job', () => {
  it('runs from the queue with the payload the directory enqueues', async () => {
    const app = await createTestApp();
    try {
      const db = app.runtime.db;
      const writer = await buildWriter(db);
      const from = await buildRealFacility(db, KRESTY, ['fsin_pismo']);
      const to = await buildRealFacility(db, POKROV, ['fsin_pismo']);
      const prisoner = await buildPrisoner(db, { facilityId: to.id });
      const letter = await buildLetter(db, {
        prisonerId: prisoner.id,
        writerId: writer.id,
        facilityId: from.id,
        status: 'dispatched',
      });
      await enqueueJob(db, 'prisoner-transferred', {
        prisonerId: prisoner.id,
        fromFacilityId: from.id,
        toFacilityId: to.id,
      });
      await app.runJobs();
      const [row] = await db.select().from(letters).where(eq(letters.id, letter.id));
      expect(row).toMatchObject({ status: 'approved', facilityId: to.id });
      // notify-writer ran: the writer got the plain-words "on hold" email.
      expect(app.outbox().some((eml) => eml.includes(letter.refCode))).toBe(true);
    } finally {
      await app.close();
    }
  }, 180_000);
});
