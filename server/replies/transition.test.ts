import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPLY_STATUSES,
  REPLY_TRANSITIONS,
  type ReplyStatus,
  type ReplyTransitionName,
} from '../../shared/reply-status';
import { createTestDatabase, onPostgres, type TestDatabase } from '../../test/database';
import { queryRows } from '../db/rows';
import { replies, replyEvents } from '../db/schema';
import { AppError } from '../errors';
import { forwardReply, reviseReplyTranslation, submitReplyTranscription } from './commands';
import { buildReply } from './fixtures';
import { replyFollowUpsFor } from './follow-ups';
import { transitionReply } from './transition';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
}, 180_000);
afterAll(() => database.destroy());

const names = Object.keys(REPLY_TRANSITIONS) as ReplyTransitionName[];
const volunteer = { type: 'volunteer' as const, id: 'tester' };

async function statusOf(id: string): Promise<ReplyStatus> {
  const [row] = await database.db.select({ status: replies.status }).from(replies).where(eq(replies.id, id));
  return row!.status;
}

const eventsOf = (id: string) =>
  database.db.select().from(replyEvents).where(eq(replyEvents.replyId, id)).orderBy(replyEvents.id);

describe('every allowed reply transition', () => {
  const cases = names.flatMap((name) => REPLY_TRANSITIONS[name].from.map((from) => [name, from] as const));

  it.each(cases)('%s from %s', async (name, from) => {
    const reply = await buildReply(database.db, { status: from });
    const to = REPLY_TRANSITIONS[name].to;
    const result = await transitionReply(database.db, reply.id, name, volunteer, {
      reason: 'because',
      data: { n: 1 },
    });
    expect(result).toMatchObject({ replyId: reply.id, from, to });
    expect(await statusOf(reply.id)).toBe(to);
    const events = await eventsOf(reply.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      name,
      fromStatus: from,
      toStatus: to,
      actorType: 'volunteer',
      actorId: 'tester',
      reason: 'because',
      data: { n: 1 },
    });
    expect(events[0]!.id).toBe(result.eventId);
    const jobs = await queryRows<{ name: string }>(
      database.db,
      sql`SELECT name FROM jobs WHERE payload->>'replyId' = ${reply.id} ORDER BY name`,
    );
    expect(jobs.map((j) => j.name)).toEqual(replyFollowUpsFor(to).map((j) => j.name));
  });
});

describe('every forbidden reply transition', () => {
  const cases = names.flatMap((name) =>
    REPLY_STATUSES.filter((s) => !(REPLY_TRANSITIONS[name].from as readonly string[]).includes(s)).map(
      (from) => [name, from] as const,
    ),
  );

  it.each(cases)('%s from %s is a 409 naming the state', async (name, from) => {
    const reply = await buildReply(database.db, { status: from });
    const error = await transitionReply(database.db, reply.id, name, volunteer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 409, code: `reply_is_${from}` });
    expect(await statusOf(reply.id)).toBe(from);
    expect(await eventsOf(reply.id)).toHaveLength(0);
  });
});

describe('edge cases', () => {
  it('refuses writers', async () => {
    const reply = await buildReply(database.db, { status: 'reviewing' });
    await expect(forwardReply(database.db, reply.id, { type: 'writer', id: 'w' })).rejects.toMatchObject({
      status: 403,
      code: 'transition_not_allowed',
    });
    expect(await statusOf(reply.id)).toBe('reviewing');
  });

  it('reports an unknown or malformed reply as not found', async () => {
    await expect(
      forwardReply(database.db, '00000000-0000-4000-8000-000000000000', volunteer),
    ).rejects.toMatchObject({ status: 404, code: 'reply_not_found' });
    await expect(forwardReply(database.db, 'nope', volunteer)).rejects.toMatchObject({ status: 404 });
  });

  it('writes the patch with the status', async () => {
    const reply = await buildReply(database.db, { status: 'transcribing' });
    await submitReplyTranscription(database.db, reply.id, volunteer, {
      patch: { transcription: 'Здравствуйте!', claimedBy: null, claimExpiresAt: null },
    });
    const [row] = await database.db.select().from(replies).where(eq(replies.id, reply.id));
    expect(row).toMatchObject({ status: 'translating', transcription: 'Здравствуйте!', claimedBy: null });
  });

  it('rolls the move back when work inside the same transaction fails', async () => {
    const reply = await buildReply(database.db, { status: 'reviewing' });
    await expect(
      forwardReply(database.db, reply.id, volunteer, { within: () => Promise.reject(new Error('boom')) }),
    ).rejects.toThrow('boom');
    expect(await statusOf(reply.id)).toBe('reviewing');
    expect(await eventsOf(reply.id)).toHaveLength(0);
    const jobs = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM jobs WHERE payload->>'replyId' = ${reply.id}`,
    );
    expect(jobs[0]!.n).toBe(0);
  });
});

describe('concurrency', () => {
  const engine = onPostgres ? 'PostgreSQL' : 'PGlite';

  it(`lets exactly one of many concurrent forwards win (${engine})`, async () => {
    const reply = await buildReply(database.db, { status: 'reviewing' });
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        forwardReply(database.db, reply.id, { type: 'volunteer', id: `m-${i}` }),
      ),
    );
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    for (const failure of lost)
      expect(failure.reason).toMatchObject({ status: 409, code: 'reply_is_forwarded' });
    expect(await eventsOf(reply.id)).toHaveLength(1);
    const jobs = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM jobs WHERE payload->>'replyId' = ${reply.id}`,
    );
    // One email job, however many reviewers clicked.
    expect(jobs[0]!.n).toBe(1);
  });

  it(`lets one of two conflicting reviewers win, forward or revise (${engine})`, async () => {
    const reply = await buildReply(database.db, { status: 'reviewing' });
    const [forward, revise] = await Promise.allSettled([
      forwardReply(database.db, reply.id, { type: 'volunteer', id: 'a' }),
      reviseReplyTranslation(database.db, reply.id, { type: 'volunteer', id: 'b' }),
    ]);
    const outcomes = [forward.status, revise.status].sort();
    expect(outcomes).toEqual(['fulfilled', 'rejected']);
    const final = await statusOf(reply.id);
    const loser = (forward.status === 'rejected' ? forward : revise) as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ status: 409, code: `reply_is_${final}` });
    expect(await eventsOf(reply.id)).toHaveLength(1);
  });
});
