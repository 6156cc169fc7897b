import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useLetterDatabase } from '../../test/letter-database';
import { letterEvents, letters } from '../db/schema';
import type { Actor } from '../letters/actor';
import { attemptsOf, beginDispatch, completeDispatch, failDispatch, type DispatchAttempt } from './dispatch';
import { sweepPendingDispatches, type Reconcile } from './dispatch-sweep';

const database = useLetterDatabase();
const { approved } = database;
const worker: Actor = { type: 'system', id: 'dispatch-worker' };

/**
 * Stands in for an outside e-letter service with an idempotency key, as an automatic adapter
 * would use: sending twice with one key places one order; orders can be looked up by key.
 */
let nextOrder = 1000;
class FakeLetterService {
  readonly orders = new Map<string, string>();
  send(key: string): string {
    const existing = this.orders.get(key);
    if (existing) return existing;
    // Numbers are unique across services, like a real service's across its customers.
    const ref = `ORD-${nextOrder++}`;
    this.orders.set(key, ref);
    return ref;
  }
  reconcile: Reconcile = (attempt) => {
    const ref = this.orders.get(attempt.id);
    return Promise.resolve(
      ref
        ? { sent: true, externalRef: ref, costMinor: 5500, currency: 'RUB' }
        : { sent: false, error: 'no order at the service' },
    );
  };
}

/** A worker's dispatch run; `crashAfterSend` stops it dead between the service call and completion. */
async function dispatchRun(
  service: FakeLetterService,
  letterId: string,
  crashAfterSend: boolean,
): Promise<DispatchAttempt> {
  const { attempt } = await beginDispatch(database.db, letterId, 'fsin_pismo', worker);
  const ref = service.send(attempt.id);
  if (crashAfterSend) return attempt;
  return (await completeDispatch(database.db, attempt.id, { externalRef: ref, actor: worker })).attempt;
}

/** Ages the letter's pending attempt, as if `hours` had passed since it began. */
async function age(letterId: string, hours: number) {
  await database.db.execute(
    sql`UPDATE dispatch_attempts SET created_at = now() - ${hours} * interval '1 hour' WHERE letter_id = ${letterId} AND status = 'pending'`,
  );
}

const statusOf = async (id: string) =>
  (await database.db.select().from(letters).where(eq(letters.id, id)))[0]!.status;
const alerts = (id: string) =>
  database.db
    .select()
    .from(letterEvents)
    .where(
      and(
        eq(letterEvents.letterId, id),
        eq(letterEvents.kind, 'alert'),
        eq(letterEvents.name, 'dispatch_pending'),
      ),
    );

describe('crash recovery', () => {
  it('settles a dispatch whose worker died after the service took it: exactly one order, one dispatch', async () => {
    const service = new FakeLetterService();
    const letter = await approved();
    const attempt = await dispatchRun(service, letter.id, true);
    expect(await statusOf(letter.id)).toBe('dispatching');

    // Restarted too early, the sweep leaves a young attempt alone.
    expect(
      await sweepPendingDispatches(database.db, { olderThanHours: 2, reconcile: service.reconcile }),
    ).toEqual({
      completed: [],
      failed: [],
      raised: [],
    });
    await age(letter.id, 3);
    const swept = await sweepPendingDispatches(database.db, {
      olderThanHours: 2,
      reconcile: service.reconcile,
    });
    expect(swept).toEqual({ completed: [attempt.id], failed: [], raised: [] });
    expect(service.orders.size).toBe(1);
    const [order] = [...service.orders.values()];
    expect(await attemptsOf(database.db, letter.id)).toEqual([
      expect.objectContaining({ id: attempt.id, status: 'succeeded', externalRef: order, costMinor: 5500 }),
    ]);
    expect(await statusOf(letter.id)).toBe('dispatched');

    // Running again changes nothing; a late completion with the same number is the same dispatch.
    expect(
      await sweepPendingDispatches(database.db, { olderThanHours: 2, reconcile: service.reconcile }),
    ).toEqual({
      completed: [],
      failed: [],
      raised: [],
    });
    expect(
      (await completeDispatch(database.db, attempt.id, { externalRef: order!, actor: worker }))
        .alreadyCompleted,
    ).toBe(true);
  });

  it('returns a letter the service never took to the queue, and the next run sends it once', async () => {
    const service = new FakeLetterService();
    const letter = await approved();
    // Died before even reaching the service: begin committed, nothing sent.
    const { attempt } = await beginDispatch(database.db, letter.id, 'fsin_pismo', worker);
    await age(letter.id, 3);
    expect(
      await sweepPendingDispatches(database.db, { olderThanHours: 2, reconcile: service.reconcile }),
    ).toMatchObject({
      failed: [attempt.id],
    });
    expect(await statusOf(letter.id)).toBe('approved');
    const sent = await dispatchRun(service, letter.id, false);
    expect(sent).toMatchObject({ status: 'succeeded', externalRef: service.orders.get(sent.id) });
    expect(service.orders.size).toBe(1);
    expect((await attemptsOf(database.db, letter.id)).map((a) => a.status)).toEqual(['succeeded', 'failed']);
  });

  it('raises an assisted dispatch it cannot check, once, until a person records it', async () => {
    const letter = await approved();
    const { attempt } = await beginDispatch(database.db, letter.id, 'zonatelecom', {
      type: 'volunteer',
      id: 'd-7',
    });
    await age(letter.id, 30);
    const first = await sweepPendingDispatches(database.db, { olderThanHours: 24 });
    expect(first).toEqual({ completed: [], failed: [], raised: [attempt.id] });
    expect(await sweepPendingDispatches(database.db, { olderThanHours: 24 })).toEqual({
      completed: [],
      failed: [],
      raised: [],
    });
    const raised = await alerts(letter.id);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      fromStatus: 'dispatching',
      actorId: 'sweep-pending-dispatches',
      data: { attemptId: attempt.id, channel: 'zonatelecom' },
    });
    expect(await statusOf(letter.id)).toBe('dispatching');

    // The dispatcher finds the order on the service and records it: one dispatch.
    await completeDispatch(database.db, attempt.id, {
      externalRef: 'ZT-77',
      actor: { type: 'volunteer', id: 'd-7' },
    });
    expect(await statusOf(letter.id)).toBe('dispatched');
    expect(await sweepPendingDispatches(database.db, { olderThanHours: 24 })).toEqual({
      completed: [],
      failed: [],
      raised: [],
    });
  });

  it("gives a writer's self-post days, not hours, before raising it, and says so", async () => {
    const posting = await approved();
    const writer: Actor = { type: 'writer', id: database.writerId };
    const { attempt } = await beginDispatch(database.db, posting.id, 'self_post', writer);
    await age(posting.id, 30);
    const options = { olderThanHours: 24, selfPostOlderThanHours: 30 * 24 };
    expect((await sweepPendingDispatches(database.db, options)).raised).not.toContain(attempt.id);
    await age(posting.id, 30 * 24 + 1);
    expect((await sweepPendingDispatches(database.db, options)).raised).toEqual([attempt.id]);
    const [alert] = await alerts(posting.id);
    expect(alert).toMatchObject({ data: { attemptId: attempt.id, channel: 'self_post' } });
    expect(alert!.reason).toContain('the writer has not said they posted it in 720 hours');
    expect(await statusOf(posting.id)).toBe('dispatching');
    // A service's reconcile never answers for the writer's envelope.
    const reconcile: Reconcile = () => Promise.resolve({ sent: true, externalRef: 'ORD-SELF' });
    const swept = await sweepPendingDispatches(database.db, { ...options, reconcile });
    expect(swept.completed).not.toContain(attempt.id);
    expect(await statusOf(posting.id)).toBe('dispatching');
    await failDispatch(database.db, attempt.id, { error: 'handed back', actor: writer });
  });

  it('raises instead of failing when the service answer clashes with what a person recorded', async () => {
    const letter = await approved();
    const { attempt } = await beginDispatch(database.db, letter.id, 'fsin_pismo', worker);
    const other = await approved();
    const taken = await beginDispatch(database.db, other.id, 'fsin_pismo', worker);
    await completeDispatch(database.db, taken.attempt.id, { externalRef: 'ORD-9999', actor: worker });
    await age(letter.id, 3);
    // The service claims an order number already recorded for another letter: a person must look.
    const reconcile: Reconcile = () => Promise.resolve({ sent: true, externalRef: 'ORD-9999' });
    expect(await sweepPendingDispatches(database.db, { olderThanHours: 2, reconcile })).toEqual({
      completed: [],
      failed: [],
      raised: [attempt.id],
    });
    expect(await statusOf(letter.id)).toBe('dispatching');
  });
});
