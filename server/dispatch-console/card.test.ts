/**
 * The e-letter card over HTTP: opening it begins the attempt (a reopened or concurrent card
 * resumes it), "mark sent" dispatches the letter exactly once however often it is pressed,
 * "could not send" puts it back; and the sweep job raises a card left open too long.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_RUSSIAN_LETTER } from '../channels/fixtures';
import { enqueueJob } from '../jobs/queue';
import { dispatchAttempts, letterEvents, letters } from '../db/schema';
import { createConsoleTestApp, seedApprovedLetter, seedRealFacility, type ConsoleTestApp } from './fixtures';
import { SWEEP_PENDING_DISPATCHES_JOB } from './job';

type CardBody = {
  card: {
    channel: string;
    region: string;
    facility: string;
    recipient: { fullName: string; birthYear: number | null };
    units: string[];
    unitChars: number;
    replyBlank: boolean;
    price: { totalMinor: number } | null;
  };
  warnings: { code: string }[];
  attempt: { id: string; resumed: boolean; startedBy: { displayName: string } | null };
};
type SentBody = {
  attempt: { status: string; externalRef: string; costMinor: number; completedAt: string };
  alreadyCompleted: boolean;
};
type ErrorBody = { error: { code: string } };

let app: ConsoleTestApp;
let fsinFacility: string;
let postFacility: string;
const base = '/api/volunteer/dispatch/letters';

beforeAll(async () => {
  app = await createConsoleTestApp();
  const { db } = app.t.runtime;
  fsinFacility = (
    await seedRealFacility(db, 'ФКУ ИК-2 УФСИН России по Владимирской области', [
      { channel: 'fsin_pismo', serviceName: 'ФКУ ИК-2 г. Покров', serviceRegion: 'Владимирская область' },
    ])
  ).id;
  postFacility = (await seedRealFacility(db, 'ФКУ ИК-6 УФСИН России по Владимирской области')).id;
}, 180_000);
afterAll(() => app?.t.close());

const approved = async (facilityId = fsinFacility, russianText?: string) =>
  (await seedApprovedLetter(app.t.runtime.db, { facilityId, russianText, signature: 'Анна К.' })).letter.id;
const statusOf = async (id: string) =>
  (await app.t.runtime.db.select({ status: letters.status }).from(letters).where(eq(letters.id, id)))[0]!
    .status;
const events = async (id: string, name: string) =>
  app.t.runtime.db
    .select()
    .from(letterEvents)
    .where(and(eq(letterEvents.letterId, id), eq(letterEvents.name, name)));
const attempts = (id: string) =>
  app.t.runtime.db.select().from(dispatchAttempts).where(eq(dispatchAttempts.letterId, id));

describe('e-letter card', () => {
  it("shows exactly what the service's form needs and begins the attempt", async () => {
    const id = await approved();
    const res = await app.as<CardBody>('dispatcher', 'GET', `${base}/${id}/card`);
    expect(res.status).toBe(200);
    const { card, attempt, warnings } = res.body;
    expect(card).toMatchObject({
      channel: 'fsin_pismo',
      region: 'Владимирская область',
      facility: 'ФКУ ИК-2 г. Покров',
      recipient: { fullName: 'Иванов Иван Иванович', birthYear: 1990 },
      replyBlank: true,
      price: { totalMinor: 11000 },
    });
    // The text is the approved translation signed with the writer's name, in the service's pages.
    expect(card.units.join('\n\n')).toBe(`${SAMPLE_RUSSIAN_LETTER}\n\nАнна К.`);
    expect(card.units.every((u) => [...u].length <= card.unitChars)).toBe(true);
    expect(warnings).toEqual([]);
    expect(attempt).toMatchObject({ resumed: false, startedBy: { displayName: 'dispatcher' } });
    expect(await statusOf(id)).toBe('dispatching');
  });

  it('splits a long letter into paid pages and prices each', async () => {
    const long = `${SAMPLE_RUSSIAN_LETTER}\n\n${SAMPLE_RUSSIAN_LETTER}`;
    const res = await app.as<CardBody>(
      'dispatcher',
      'GET',
      `${base}/${await approved(fsinFacility, long)}/card`,
    );
    expect(res.body.card.units).toHaveLength(2);
    expect(res.body.card.price!.totalMinor).toBe(2 * 5500 + 5500);
  });

  it('resumes the same attempt on a reopened, concurrent or colleague’s card', async () => {
    const id = await approved();
    const [a, b] = await Promise.all([
      app.as<CardBody>('dispatcher', 'GET', `${base}/${id}/card`),
      app.as<CardBody>('dispatcher', 'GET', `${base}/${id}/card`),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.attempt.id).toBe(b.body.attempt.id);
    const other = await app.as<CardBody>('dispatcher2', 'GET', `${base}/${id}/card`);
    expect(other.body.attempt).toMatchObject({ id: a.body.attempt.id, resumed: true });
    expect(other.body.warnings.map((w) => w.code)).toContain('started_by_other');
    expect(await attempts(id)).toHaveLength(1);
    expect(await events(id, 'startDispatch')).toHaveLength(1);
  });

  it('marks the letter dispatched exactly once, however often "mark sent" is pressed', async () => {
    const id = await approved();
    await app.as('dispatcher', 'GET', `${base}/${id}/card`);
    const input = { externalRef: 'FP-2025-000777', costMinor: 11000, date: '2025-03-12' };
    const [first, second] = await Promise.all([
      app.as<SentBody>('dispatcher', 'POST', `${base}/${id}/complete`, input),
      app.as<SentBody>('dispatcher', 'POST', `${base}/${id}/complete`, input),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.body.alreadyCompleted, second.body.alreadyCompleted].sort()).toEqual([false, true]);
    const third = await app.as<SentBody>('dispatcher', 'POST', `${base}/${id}/complete`, input);
    expect(third.body).toMatchObject({
      alreadyCompleted: true,
      attempt: { status: 'succeeded', externalRef: 'FP-2025-000777' },
    });
    expect(third.body.attempt.completedAt.slice(0, 10)).toBe('2025-03-12');
    expect(await statusOf(id)).toBe('dispatched');
    expect(await events(id, 'markDispatched')).toHaveLength(1);
    expect(await attempts(id)).toHaveLength(1);
    // Another number for the same letter is a mistake, not a second dispatch.
    const other = await app.as<ErrorBody>('dispatcher', 'POST', `${base}/${id}/complete`, {
      externalRef: 'FP-9',
    });
    expect([other.status, other.body.error.code]).toEqual([409, 'dispatch_attempt_completed']);
    // The same order number cannot be recorded for a second letter.
    const next = await approved();
    await app.as('dispatcher', 'GET', `${base}/${next}/card`);
    const taken = await app.as<ErrorBody>('dispatcher', 'POST', `${base}/${next}/complete`, input);
    expect([taken.status, taken.body.error.code]).toEqual([409, 'external_ref_taken']);
    // Reopening a sent letter's card does not start it again.
    const reopened = await app.as<ErrorBody>('dispatcher', 'GET', `${base}/${id}/card`);
    expect([reopened.status, reopened.body.error.code]).toEqual([409, 'letter_is_dispatched']);
  });

  it('records the estimate as the cost when the dispatcher leaves it empty', async () => {
    const id = await approved();
    await app.as('dispatcher', 'GET', `${base}/${id}/card`);
    const sent = await app.as<SentBody>('dispatcher', 'POST', `${base}/${id}/complete`, {
      externalRef: 'FP-2025-000778',
    });
    expect(sent.body.attempt).toMatchObject({ costMinor: 11000 });
  });

  it('puts the letter back in the queue on "could not send", and a repeat changes nothing', async () => {
    const id = await approved();
    const card = await app.as<CardBody>('dispatcher', 'GET', `${base}/${id}/card`);
    const reason = { reason: 'The service did not accept the card payment.' };
    const failed = await app.as<{ attempt: { id: string; status: string } }>(
      'dispatcher',
      'POST',
      `${base}/${id}/fail`,
      reason,
    );
    expect(failed.status).toBe(200);
    expect(failed.body.attempt).toMatchObject({ id: card.body.attempt.id, status: 'failed' });
    expect(await statusOf(id)).toBe('approved');
    const again = await app.as<{ attempt: { id: string } }>(
      'dispatcher',
      'POST',
      `${base}/${id}/fail`,
      reason,
    );
    expect([again.status, again.body.attempt.id]).toEqual([200, card.body.attempt.id]);
    expect(await events(id, 'abortDispatch')).toHaveLength(1);
    // Opened again later, it is a new attempt.
    const reopened = await app.as<CardBody>('dispatcher', 'GET', `${base}/${id}/card`);
    expect(reopened.body.attempt.resumed).toBe(false);
    expect(reopened.body.attempt.id).not.toBe(card.body.attempt.id);
  });

  it('refuses what makes no sense: no card yet, a channel that does not reach, the post', async () => {
    const id = await approved();
    const noCard = await app.as<ErrorBody>('dispatcher', 'POST', `${base}/${id}/complete`, {
      externalRef: 'FP-1',
    });
    expect(noCard.body.error.code).toBe('no_dispatch_under_way');
    const zt = await app.as<ErrorBody>('dispatcher', 'GET', `${base}/${id}/card?channel=zonatelecom`);
    expect([zt.status, zt.body.error.code]).toEqual([409, 'channel_not_usable']);
    const post = await app.as<ErrorBody>('dispatcher', 'GET', `${base}/${await approved(postFacility)}/card`);
    expect([post.status, post.body.error.code]).toEqual([409, 'not_an_assisted_channel']);
    const unknown = await app.as<ErrorBody>(
      'dispatcher',
      'GET',
      `${base}/00000000-0000-4000-8000-000000000000/card`,
    );
    expect(unknown.status).toBe(404);
    expect(await statusOf(id)).toBe('approved');
  });

  it('raises a card left open past STUCK_DISPATCHING_HOURS once, through the recurring sweep job', async () => {
    const id = await approved();
    const card = await app.as<CardBody>('dispatcher', 'GET', `${base}/${id}/card`);
    const hours = app.t.runtime.config.STUCK_DISPATCHING_HOURS + 1;
    await app.t.runtime.db.execute(
      sql`UPDATE dispatch_attempts SET created_at = now() - ${hours} * interval '1 hour' WHERE id = ${card.body.attempt.id}`,
    );
    for (let run = 0; run < 2; run++) {
      await enqueueJob(app.t.runtime.db, SWEEP_PENDING_DISPATCHES_JOB, {});
      await app.t.runJobs();
    }
    const alerts = (await events(id, 'dispatch_pending')).filter((e) => e.kind === 'alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.data).toMatchObject({ attemptId: card.body.attempt.id });
    // Never resent: the letter still waits for the dispatcher, marked stale in the console.
    expect(await statusOf(id)).toBe('dispatching');
    const q = await app.as<{ inProgress: { id: string; attempt: { stale: boolean } }[] }>(
      'dispatcher',
      'GET',
      '/api/volunteer/dispatch/queue',
    );
    expect(q.body.inProgress.find((l) => l.id === id)!.attempt.stale).toBe(true);
  });
});
