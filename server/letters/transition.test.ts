import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LETTER_STATUSES,
  LETTER_TRANSITIONS,
  type LetterStatus,
  type LetterTransitionName,
  type TransitionActor,
} from '../../shared/letter-status';
import { createTestDatabase, onPostgres, type TestDatabase } from '../../test/database';
import { buildLetter, buildPrisoner, buildWriter } from '../../test/factories';
import { queryRows } from '../db/rows';
import { letterEvents, letters } from '../db/schema';
import { AppError } from '../errors';
import { followUpsFor } from './follow-ups';
import { approveLetter } from './commands';
import { transitionLetter } from './transition';

let database: TestDatabase;
let prisonerId: string;
let writerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  prisonerId = (await buildPrisoner(database.db)).id;
  writerId = (await buildWriter(database.db)).id;
});
afterAll(() => database.destroy());

const names = Object.keys(LETTER_TRANSITIONS) as LetterTransitionName[];
const allowedActor = (name: LetterTransitionName): TransitionActor => LETTER_TRANSITIONS[name].actors[0];

async function statusOf(id: string): Promise<LetterStatus> {
  const [row] = await database.db.select({ status: letters.status }).from(letters).where(eq(letters.id, id));
  return row!.status;
}

describe('every allowed transition', () => {
  const cases = names.flatMap((name) => LETTER_TRANSITIONS[name].from.map((from) => [name, from] as const));

  it.each(cases)('%s from %s', async (name, from) => {
    const letter = await buildLetter(database.db, { status: from, prisonerId, writerId });
    const move = LETTER_TRANSITIONS[name];
    const result = await transitionLetter(
      database.db,
      letter.id,
      name,
      { type: allowedActor(name), id: 'tester' },
      {
        reason: 'because',
      },
    );
    expect(result).toMatchObject({ from, to: move.to });
    expect(await statusOf(letter.id)).toBe(move.to);

    const events = await database.db.select().from(letterEvents).where(eq(letterEvents.letterId, letter.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      name,
      fromStatus: from,
      toStatus: move.to,
      actorId: 'tester',
      reason: 'because',
    });

    const jobs = await queryRows<{ name: string }>(
      database.db,
      sql`SELECT name FROM jobs WHERE payload->>'letterId' = ${letter.id} ORDER BY name`,
    );
    const jobNames = jobs.map((r) => r.name);
    expect(jobNames).toEqual(
      followUpsFor(move.to)
        .map((j) => j.name)
        .sort(),
    );
  });
});

describe('every forbidden transition', () => {
  const cases = names.flatMap((name) =>
    LETTER_STATUSES.filter((s) => !(LETTER_TRANSITIONS[name].from as readonly string[]).includes(s)).map(
      (from) => [name, from] as const,
    ),
  );

  it.each(cases)('%s from %s is a 409 naming the state', async (name, from) => {
    const letter = await buildLetter(database.db, { status: from, prisonerId, writerId });
    const error = await transitionLetter(database.db, letter.id, name, { type: allowedActor(name) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 409, code: `letter_is_${from}` });
    expect(await statusOf(letter.id)).toBe(from);
    const events = await database.db.select().from(letterEvents).where(eq(letterEvents.letterId, letter.id));
    expect(events).toHaveLength(0);
  });
});

describe('actors', () => {
  const cases = names.flatMap((name) =>
    (['writer', 'volunteer', 'system'] as const)
      .filter((actor) => !(LETTER_TRANSITIONS[name].actors as readonly string[]).includes(actor))
      .map((actor) => [name, actor] as const),
  );

  it.each(cases)('%s is refused to a %s', async (name, actor) => {
    const from = LETTER_TRANSITIONS[name].from[0];
    const letter = await buildLetter(database.db, { status: from, prisonerId, writerId });
    await expect(transitionLetter(database.db, letter.id, name, { type: actor })).rejects.toMatchObject({
      status: 403,
      code: 'transition_not_allowed',
    });
    expect(await statusOf(letter.id)).toBe(from);
  });
});

describe('the writer posting their own letter (self-post)', () => {
  it.each([
    ['startDispatch', 'approved', 'dispatching'],
    ['markDispatched', 'dispatching', 'dispatched'],
    ['abortDispatch', 'dispatching', 'approved'],
  ] as const)('%s from %s is allowed to the writer, recorded as theirs', async (name, from, to) => {
    const letter = await buildLetter(database.db, { status: from, prisonerId, writerId });
    await transitionLetter(database.db, letter.id, name, { type: 'writer', id: writerId });
    expect(await statusOf(letter.id)).toBe(to);
    const [event] = await database.db.select().from(letterEvents).where(eq(letterEvents.letterId, letter.id));
    expect(event).toMatchObject({ name, actorType: 'writer', actorId: writerId });
  });

  it('gives the writer no other move of the dispatch: delivery news and re-routing stay with volunteers', () => {
    const writerMoves = names.filter((name) =>
      (LETTER_TRANSITIONS[name].actors as readonly string[]).includes('writer'),
    );
    expect(writerMoves.sort()).toEqual(
      ['abortDispatch', 'confirm', 'markDispatched', 'resubmit', 'startDispatch', 'withdraw'].sort(),
    );
  });
});

describe('edge cases', () => {
  it('reports an unknown or malformed letter as not found', async () => {
    await expect(
      approveLetter(database.db, '00000000-0000-4000-8000-000000000000', { type: 'volunteer' }),
    ).rejects.toMatchObject({
      status: 404,
      code: 'letter_not_found',
    });
    await expect(approveLetter(database.db, 'not-a-uuid', { type: 'volunteer' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('rolls back the move when work inside the same transaction fails', async () => {
    const letter = await buildLetter(database.db, { status: 'reviewing', prisonerId, writerId });
    await expect(
      approveLetter(
        database.db,
        letter.id,
        { type: 'volunteer' },
        {
          within: () => Promise.reject(new Error('boom')),
        },
      ),
    ).rejects.toThrow('boom');
    expect(await statusOf(letter.id)).toBe('reviewing');
    const events = await database.db.select().from(letterEvents).where(eq(letterEvents.letterId, letter.id));
    expect(events).toHaveLength(0);
  });

  it('applies a patch together with the status', async () => {
    const letter = await buildLetter(database.db, { status: 'approved', prisonerId, writerId });
    await transitionLetter(
      database.db,
      letter.id,
      'startDispatch',
      { type: 'volunteer' },
      { patch: { channel: 'post' } },
    );
    const [row] = await database.db.select().from(letters).where(eq(letters.id, letter.id));
    expect(row).toMatchObject({ status: 'dispatching', channel: 'post' });
  });
});

describe('concurrency', () => {
  it(`lets exactly one of many concurrent callers win (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, async () => {
    const letter = await buildLetter(database.db, { status: 'reviewing', prisonerId, writerId });
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        approveLetter(database.db, letter.id, { type: 'volunteer', id: `moderator-${i}` }),
      ),
    );
    const won = attempts.filter((a) => a.status === 'fulfilled');
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(7);
    for (const failure of lost)
      expect(failure.reason).toMatchObject({ status: 409, code: 'letter_is_approved' });
    const events = await database.db.select().from(letterEvents).where(eq(letterEvents.letterId, letter.id));
    expect(events).toHaveLength(1);
  });
});
