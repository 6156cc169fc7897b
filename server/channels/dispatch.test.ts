import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildLetter, buildPrisoner } from '../../test/factories';
import { useLetterDatabase } from '../../test/letter-database';
import { dispatchAttempts, letterEvents, letters } from '../db/schema';
import { AppError } from '../errors';
import type { Actor } from '../letters/actor';
import { attemptsOf, beginDispatch, completeDispatch, failDispatch } from './dispatch';

const database = useLetterDatabase();
const { approved } = database;
const dispatcher: Actor = { type: 'volunteer', id: 'dispatcher-1' };

async function letterRow(id: string) {
  const [row] = await database.db.select().from(letters).where(eq(letters.id, id));
  return row!;
}

async function transitions(id: string) {
  const rows = await database.db
    .select({ name: letterEvents.name, data: letterEvents.data })
    .from(letterEvents)
    .where(and(eq(letterEvents.letterId, id), eq(letterEvents.kind, 'transition')))
    .orderBy(letterEvents.id);
  return rows;
}

/** The AppError code a promise rejects with. */
async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'resolved';
}

describe('beginDispatch', () => {
  it('never sends a letter to a fictional demo person, and leaves the letter approved', async () => {
    const demo = await buildPrisoner(database.db, { isDemo: true });
    const letter = await buildLetter(database.db, {
      status: 'approved',
      prisonerId: demo.id,
      writerId: database.writerId,
    });
    expect(await codeOf(beginDispatch(database.db, letter.id, 'post', dispatcher))).toBe('demo_recipient');
    expect((await letterRow(letter.id)).status).toBe('approved');
    expect(await attemptsOf(database.db, letter.id)).toEqual([]);
  });

  it('creates the pending attempt and moves the letter to dispatching together', async () => {
    const letter = await approved();
    const { attempt, resumed } = await beginDispatch(database.db, letter.id, 'fsin_pismo', dispatcher);
    expect(resumed).toBe(false);
    expect(attempt).toMatchObject({
      letterId: letter.id,
      channel: 'fsin_pismo',
      status: 'pending',
      actorId: 'dispatcher-1',
    });
    expect(await letterRow(letter.id)).toMatchObject({ status: 'dispatching', channel: 'fsin_pismo' });
    expect(await transitions(letter.id)).toEqual([
      { name: 'startDispatch', data: { channel: 'fsin_pismo' } },
    ]);
  });

  it('rolls the letter back when the attempt cannot be written', async () => {
    const letter = await approved();
    // A stray pending attempt (seeded directly) makes the insert violate the one-pending index.
    await database.db
      .insert(dispatchAttempts)
      .values({ letterId: letter.id, channel: 'post', status: 'pending' });
    await expect(beginDispatch(database.db, letter.id, 'fsin_pismo', dispatcher)).rejects.toThrow();
    expect((await letterRow(letter.id)).status).toBe('approved');
    expect(await transitions(letter.id)).toEqual([]);
  });

  it('resumes the attempt on a double click, concurrent or not, and refuses a second channel', async () => {
    const letter = await approved();
    const [a, b] = await Promise.all([
      beginDispatch(database.db, letter.id, 'zonatelecom', dispatcher),
      beginDispatch(database.db, letter.id, 'zonatelecom', dispatcher),
    ]);
    expect(a.attempt.id).toBe(b.attempt.id);
    expect([a.resumed, b.resumed].sort()).toEqual([false, true]);
    const again = await beginDispatch(database.db, letter.id, 'zonatelecom', dispatcher);
    expect(again).toMatchObject({ resumed: true, attempt: { id: a.attempt.id } });
    expect(await codeOf(beginDispatch(database.db, letter.id, 'post', dispatcher))).toBe(
      'dispatch_pending_on_zonatelecom',
    );
    expect(await attemptsOf(database.db, letter.id)).toHaveLength(1);
  });

  it('refuses a letter that is not approved', async () => {
    const letter = await buildLetter(database.db, {
      status: 'reviewing',
      prisonerId: database.prisonerId,
      writerId: database.writerId,
    });
    expect(await codeOf(beginDispatch(database.db, letter.id, 'post', dispatcher))).toBe(
      'letter_is_reviewing',
    );
    expect(await attemptsOf(database.db, letter.id)).toEqual([]);
  });
});

describe('completeDispatch', () => {
  it('records the order and marks the letter dispatched; the same number again is the same dispatch', async () => {
    const letter = await approved();
    const { attempt } = await beginDispatch(database.db, letter.id, 'fsin_pismo', dispatcher);
    const first = await completeDispatch(database.db, attempt.id, {
      externalRef: ' 4471-2208 ',
      costMinor: 11000,
      currency: 'RUB',
      actor: dispatcher,
    });
    expect(first.alreadyCompleted).toBe(false);
    expect(first.attempt).toMatchObject({
      status: 'succeeded',
      externalRef: '4471-2208',
      costMinor: 11000,
      currency: 'RUB',
    });
    expect(first.attempt.completedAt).toBeInstanceOf(Date);
    const second = await completeDispatch(database.db, attempt.id, {
      externalRef: '4471-2208',
      actor: dispatcher,
    });
    expect(second).toMatchObject({ alreadyCompleted: true, attempt: { id: attempt.id, costMinor: 11000 } });
    expect(
      await codeOf(completeDispatch(database.db, attempt.id, { externalRef: '9999', actor: dispatcher })),
    ).toBe('dispatch_attempt_completed');
    expect((await letterRow(letter.id)).status).toBe('dispatched');
    expect((await transitions(letter.id)).map((e) => e.name)).toEqual(['startDispatch', 'markDispatched']);
  });

  it('refuses an order number already recorded for another letter, leaving that letter dispatching', async () => {
    const [one, two] = [await approved(), await approved()];
    const a = await beginDispatch(database.db, one.id, 'zonatelecom', dispatcher);
    const b = await beginDispatch(database.db, two.id, 'zonatelecom', dispatcher);
    await completeDispatch(database.db, a.attempt.id, { externalRef: 'ZT-500', actor: dispatcher });
    expect(
      await codeOf(completeDispatch(database.db, b.attempt.id, { externalRef: 'ZT-500', actor: dispatcher })),
    ).toBe('external_ref_taken');
    expect((await letterRow(two.id)).status).toBe('dispatching');
    expect((await attemptsOf(database.db, two.id))[0]).toMatchObject({
      status: 'pending',
      externalRef: null,
    });
  });

  it('wants an order number from an e-letter service, not from untracked post', async () => {
    const eLetter = await beginDispatch(database.db, (await approved()).id, 'fsin_pismo', dispatcher);
    expect(
      await codeOf(
        completeDispatch(database.db, eLetter.attempt.id, { externalRef: '  ', actor: dispatcher }),
      ),
    ).toBe('external_ref_required');
    const posted = await beginDispatch(database.db, (await approved()).id, 'post', dispatcher, {
      batchId: crypto.randomUUID(),
    });
    const done = await completeDispatch(database.db, posted.attempt.id, {
      externalRef: null,
      actor: dispatcher,
    });
    expect(done.attempt).toMatchObject({
      status: 'succeeded',
      externalRef: null,
      batchId: posted.attempt.batchId,
    });
    expect(
      (await completeDispatch(database.db, posted.attempt.id, { externalRef: null, actor: dispatcher }))
        .alreadyCompleted,
    ).toBe(true);
  });

  it('lets exactly one of two concurrent completions win', async () => {
    const letter = await approved();
    const { attempt } = await beginDispatch(database.db, letter.id, 'fsin_pismo', dispatcher);
    const outcomes = await Promise.allSettled([
      completeDispatch(database.db, attempt.id, { externalRef: 'A-1', actor: dispatcher }),
      completeDispatch(database.db, attempt.id, {
        externalRef: 'B-2',
        actor: { type: 'volunteer', id: 'dispatcher-2' },
      }),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o) => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(((lost[0] as PromiseRejectedResult).reason as AppError).code).toBe('dispatch_attempt_completed');
    const [row] = await attemptsOf(database.db, letter.id);
    expect(row!.externalRef).toBe(
      (won[0] as PromiseFulfilledResult<{ attempt: { externalRef: string } }>).value.attempt.externalRef,
    );
    expect((await transitions(letter.id)).filter((e) => e.name === 'markDispatched')).toHaveLength(1);

    // The same number twice at once (a double click on "Save"): one dispatch, both calls succeed.
    const other = await approved();
    const next = await beginDispatch(database.db, other.id, 'fsin_pismo', dispatcher);
    const both = await Promise.all([
      completeDispatch(database.db, next.attempt.id, { externalRef: 'C-3', actor: dispatcher }),
      completeDispatch(database.db, next.attempt.id, { externalRef: 'C-3', actor: dispatcher }),
    ]);
    expect(both.map((r) => r.alreadyCompleted).sort()).toEqual([false, true]);
    expect((await transitions(other.id)).filter((e) => e.name === 'markDispatched')).toHaveLength(1);
  });
});

describe('failDispatch', () => {
  it('fails the attempt and puts the letter back in the queue, once; a new attempt can follow', async () => {
    const letter = await approved();
    const { attempt } = await beginDispatch(database.db, letter.id, 'zonatelecom', dispatcher);
    const failed = await failDispatch(database.db, attempt.id, {
      error: 'facility not in the service list',
      actor: dispatcher,
    });
    expect(failed).toMatchObject({ status: 'failed', error: 'facility not in the service list' });
    expect((await letterRow(letter.id)).status).toBe('approved');
    await failDispatch(database.db, attempt.id, { error: 'again', actor: dispatcher });
    expect((await transitions(letter.id)).map((e) => e.name)).toEqual(['startDispatch', 'abortDispatch']);
    expect(
      await codeOf(completeDispatch(database.db, attempt.id, { externalRef: 'late', actor: dispatcher })),
    ).toBe('dispatch_attempt_failed');

    const retry = await beginDispatch(database.db, letter.id, 'post', dispatcher);
    expect(retry.resumed).toBe(false);
    await completeDispatch(database.db, retry.attempt.id, {
      externalRef: 'RA123456789RU',
      actor: dispatcher,
    });
    expect(await codeOf(failDispatch(database.db, retry.attempt.id, { error: 'x', actor: dispatcher }))).toBe(
      'dispatch_attempt_completed',
    );
    expect((await attemptsOf(database.db, letter.id)).map((a) => a.status)).toEqual(['succeeded', 'failed']);
  });

  it('answers 404 for an unknown attempt', async () => {
    expect(
      await codeOf(
        completeDispatch(database.db, crypto.randomUUID(), { externalRef: 'x', actor: dispatcher }),
      ),
    ).toBe('dispatch_attempt_not_found');
    expect(await codeOf(failDispatch(database.db, 'not-a-uuid', { error: 'x', actor: dispatcher }))).toBe(
      'dispatch_attempt_not_found',
    );
  });
});
