import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { buildLetter, buildPrisoner, buildWriter } from '../../test/factories';
import { mailText } from '../../test/mail-text';
import { buildVolunteer } from '../../test/volunteers';
import { editPrisoner } from '../coordinator/prisoner-edit';
import { transferPrisoner } from '../coordinator/prisoner-transfer';
import { beginDispatch, failDispatch } from '../channels/dispatch';
import { letterEvents, letters, screenings, writers } from '../db/schema';
import { loadConsoleLetters } from '../dispatch-console/letters';
import { confirmLetter, holdLetter } from '../letters/commands';
import { listWriterLetters } from '../writer/my-letters';
import { buildRealFacility } from '../replies/fixtures';
import { handleCustodyChanged } from './custody';

const KRESTY = 'ФКУ СИЗО-1 УФСИН России по г. Санкт-Петербургу и Ленинградской области';
const POKROV = 'ФКУ ИК-2 УФСИН России по Владимирской области';

let t: TestApp;
let coordinatorId: string;

beforeAll(async () => {
  t = await createTestApp();
  coordinatorId = (await buildVolunteer(t.database.db, { roles: ['coordinator'] })).id;
}, 180_000);
afterAll(() => t.close());

const db = () => t.database.db;

async function statusOf(id: string) {
  const [row] = await db().select().from(letters).where(eq(letters.id, id));
  return row!;
}

const transitionsOf = async (id: string) =>
  (
    await db()
      .select({ name: letterEvents.name, to: letterEvents.toStatus, data: letterEvents.data })
      .from(letterEvents)
      .where(and(eq(letterEvents.letterId, id), eq(letterEvents.kind, 'transition')))
      .orderBy(letterEvents.id)
  ).map((e) => `${e.name}:${e.to}`);

/** The plain-text mails sent to `email`, decoded. */
const mailsTo = (email: string) =>
  t
    .outbox()
    .filter((m) => m.includes(`To: ${email}`))
    .map(mailText);

async function personWithLetters(languages: { ui?: string } = {}) {
  const facility = await buildRealFacility(db(), KRESTY, ['fsin_pismo']);
  const prisoner = await buildPrisoner(db(), { facilityId: facility.id, status: 'pre_trial' });
  const writer = await buildWriter(db());
  if (languages.ui)
    await db().update(writers).set({ uiLanguage: languages.ui }).where(eq(writers.id, writer.id));
  const base = { prisonerId: prisoner.id, writerId: writer.id, facilityId: facility.id };
  const approved = await buildLetter(db(), {
    ...base,
    status: 'approved',
    channel: 'fsin_pismo',
    claimedBy: coordinatorId,
    claimExpiresAt: new Date(Date.now() + 3_600_000),
  });
  const translating = await buildLetter(db(), {
    ...base,
    status: 'translating',
    claimedBy: coordinatorId,
    claimExpiresAt: new Date(Date.now() + 3_600_000),
  });
  const dispatched = await buildLetter(db(), { ...base, status: 'dispatched', channel: 'fsin_pismo' });
  const withdrawn = await buildLetter(db(), { ...base, status: 'withdrawn' });
  return { facility, prisoner, writer, approved, translating, dispatched, withdrawn };
}

describe('a coordinator marks a person released', () => {
  it('holds approved and in-translation letters, leaves sent ones, tells the writer once per letter', async () => {
    const p = await personWithLetters();
    await editPrisoner(db(), coordinatorId, p.prisoner.id, { status: 'released' });
    await t.runJobs();

    for (const letter of [p.approved, p.translating]) {
      const row = await statusOf(letter.id);
      expect(row).toMatchObject({ status: 'on_hold', claimedBy: null, claimExpiresAt: null });
      const [hold] = await db()
        .select({ data: letterEvents.data })
        .from(letterEvents)
        .where(and(eq(letterEvents.letterId, letter.id), eq(letterEvents.toStatus, 'on_hold')));
      expect(hold!.data).toMatchObject({ cause: 'recipient_released' });
    }
    expect((await statusOf(p.dispatched.id)).status).toBe('dispatched');
    expect(await transitionsOf(p.dispatched.id)).toEqual([]);
    expect((await statusOf(p.withdrawn.id)).status).toBe('withdrawn');

    const mails = mailsTo(p.writer.email);
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      expect(mail).toContain('Good news: the person you wrote to has been released.');
      expect(mail).toContain('you can withdraw it');
      expect(mail).not.toContain('will send it on');
    }

    // "My letters" names the reason and lets the writer withdraw.
    const mine = await listWriterLetters(db(), p.writer.id);
    const held = mine.filter((l) => l.status === 'on_hold');
    expect(held).toHaveLength(2);
    for (const l of held) expect(l).toMatchObject({ holdCause: 'recipient_released', canWithdraw: true });
    expect(mine.find((l) => l.id === p.dispatched.id)?.holdCause).toBeNull();
  });

  it('is idempotent: the job running again moves nothing and sends no more mail', async () => {
    const p = await personWithLetters();
    await editPrisoner(db(), coordinatorId, p.prisoner.id, { status: 'released' });
    await t.runJobs();
    const again = await handleCustodyChanged(db(), { prisonerId: p.prisoner.id });
    expect(again).toEqual({ held: 0, resumed: 0, skipped: 0 });
    await t.runJobs();
    expect(await transitionsOf(p.approved.id)).toEqual(['holdForRecipient:on_hold']);
    expect(mailsTo(p.writer.email)).toHaveLength(2);
  });

  it('tells the writer of a death respectfully, in their language', async () => {
    const p = await personWithLetters({ ui: 'ru' });
    await editPrisoner(db(), coordinatorId, p.prisoner.id, { status: 'deceased' });
    await t.runJobs();
    expect((await statusOf(p.approved.id)).status).toBe('on_hold');
    const mails = mailsTo(p.writer.email);
    expect(mails).toHaveLength(2);
    for (const mail of mails) expect(mail).toContain('С глубоким сожалением сообщаем');
  });

  it('holds a letter paused for a transfer again, for the release, and tells its writer', async () => {
    const p = await personWithLetters();
    await transferPrisoner(db(), coordinatorId, p.prisoner.id, { toFacilityId: null });
    await t.runJobs();
    expect((await statusOf(p.approved.id)).status).toBe('on_hold');
    const before = mailsTo(p.writer.email).length;

    await editPrisoner(db(), coordinatorId, p.prisoner.id, { status: 'released' });
    await t.runJobs();
    expect(await transitionsOf(p.approved.id)).toEqual(['hold:on_hold', 'holdForRecipient:on_hold']);
    expect(await transitionsOf(p.translating.id)).toEqual(['holdForRecipient:on_hold']);
    const news = mailsTo(p.writer.email).slice(before);
    expect(news).toHaveLength(2);
    for (const mail of news) expect(mail).toContain('has been released');
    const mine = await listWriterLetters(db(), p.writer.id);
    expect(mine.find((l) => l.id === p.approved.id)).toMatchObject({ holdCause: 'recipient_released' });

    // Held again at a facility: the letter paused at approval waits for dispatch there.
    await editPrisoner(db(), coordinatorId, p.prisoner.id, { status: 'pre_trial' });
    const pokrov = await buildRealFacility(db(), POKROV, ['fsin_pismo']);
    await transferPrisoner(db(), coordinatorId, p.prisoner.id, {
      toFacilityId: pokrov.id,
      status: 'convicted',
    });
    await t.runJobs();
    expect(await statusOf(p.approved.id)).toMatchObject({ status: 'approved', facilityId: pokrov.id });
    expect(await statusOf(p.translating.id)).toMatchObject({ status: 'translating', facilityId: pokrov.id });
  });

  it('leaves a hold a volunteer made by hand to the volunteer', async () => {
    const p = await personWithLetters();
    await holdLetter(
      db(),
      p.approved.id,
      { type: 'volunteer', id: coordinatorId },
      { reason: 'Ask the lawyer first.' },
    );
    await editPrisoner(db(), coordinatorId, p.prisoner.id, { status: 'released' });
    await t.runJobs();
    expect(await transitionsOf(p.approved.id)).toEqual(['hold:on_hold']);
  });
});

describe('house arrest', () => {
  it('holds letters not yet sent, says why, and sends them on when the person is held again', async () => {
    const p = await personWithLetters({ ui: 'de' });
    await editPrisoner(db(), coordinatorId, p.prisoner.id, { status: 'house_arrest' });
    await t.runJobs();
    for (const letter of [p.approved, p.translating]) {
      expect(await statusOf(letter.id)).toMatchObject({ status: 'on_hold', claimedBy: null });
    }
    expect((await statusOf(p.dispatched.id)).status).toBe('dispatched');
    const mails = mailsTo(p.writer.email);
    expect(mails).toHaveLength(2);
    for (const mail of mails) expect(mail).toContain('steht jetzt unter Hausarrest');
    const mine = await listWriterLetters(db(), p.writer.id);
    expect(mine.find((l) => l.id === p.approved.id)).toMatchObject({
      holdCause: 'recipient_house_arrest',
      canWithdraw: true,
    });

    // Back into a SIZO: the letters go on, to where the person is now.
    const pokrov = await buildRealFacility(db(), POKROV, ['fsin_pismo']);
    await transferPrisoner(db(), coordinatorId, p.prisoner.id, {
      toFacilityId: pokrov.id,
      status: 'pre_trial',
    });
    await t.runJobs();
    expect(await statusOf(p.approved.id)).toMatchObject({ status: 'approved', facilityId: pokrov.id });
    expect(await transitionsOf(p.translating.id)).toEqual([
      'holdForRecipient:on_hold',
      'resumeTranslation:translating',
    ]);
  });

  it('then released: the held letters take the new cause, and the writer hears the news once more', async () => {
    const p = await personWithLetters();
    await editPrisoner(db(), coordinatorId, p.prisoner.id, { status: 'house_arrest' });
    await t.runJobs();
    await editPrisoner(db(), coordinatorId, p.prisoner.id, { status: 'released' });
    await t.runJobs();
    expect(await transitionsOf(p.approved.id)).toEqual([
      'holdForRecipient:on_hold',
      'holdForRecipient:on_hold',
    ]);
    const mails = mailsTo(p.writer.email);
    expect(mails.filter((m) => m.includes('under house arrest'))).toHaveLength(2);
    expect(mails.filter((m) => m.includes('has been released'))).toHaveLength(2);
    const mine = await listWriterLetters(db(), p.writer.id);
    expect(mine.find((l) => l.id === p.approved.id)).toMatchObject({ holdCause: 'recipient_released' });
    // Running again changes nothing.
    expect(await handleCustodyChanged(db(), { prisonerId: p.prisoner.id })).toEqual({
      held: 0,
      resumed: 0,
      skipped: 0,
    });
  });
});

describe('the person is held again', () => {
  it('returns each held letter to where it was, routed to the new facility', async () => {
    const p = await personWithLetters();
    await editPrisoner(db(), coordinatorId, p.prisoner.id, { status: 'released' });
    await t.runJobs();

    // Re-arrested: the status first (no facility yet, so nothing moves), then the arrival.
    await editPrisoner(db(), coordinatorId, p.prisoner.id, { status: 'pre_trial' });
    await t.runJobs();
    expect((await statusOf(p.approved.id)).status).toBe('on_hold');

    const pokrov = await buildRealFacility(db(), POKROV, ['fsin_pismo']);
    await transferPrisoner(db(), coordinatorId, p.prisoner.id, {
      toFacilityId: pokrov.id,
      status: 'convicted',
    });
    await t.runJobs();

    expect(await statusOf(p.approved.id)).toMatchObject({
      status: 'approved',
      facilityId: pokrov.id,
      channel: null,
    });
    expect(await statusOf(p.translating.id)).toMatchObject({ status: 'translating', facilityId: pokrov.id });
    expect(await transitionsOf(p.translating.id)).toEqual([
      'holdForRecipient:on_hold',
      'resumeTranslation:translating',
    ]);
    // A letter sent before the release is the arrival's business (a transfer re-sends what went
    // to the old place), never held for the release.
    expect(await transitionsOf(p.dispatched.id)).not.toContain('holdForRecipient:on_hold');

    // Running again changes nothing.
    expect(await handleCustodyChanged(db(), { prisonerId: p.prisoner.id })).toEqual({
      held: 0,
      resumed: 0,
      skipped: 0,
    });
    expect(await transitionsOf(p.approved.id)).toEqual(['holdForRecipient:on_hold', 'release:approved']);
  });

  it('leaves a letter the writer withdrew while it was held', async () => {
    const p = await personWithLetters();
    await editPrisoner(db(), coordinatorId, p.prisoner.id, { status: 'abroad' });
    await t.runJobs();
    expect(mailsTo(p.writer.email)[0]).toContain('has left the country');
    await db().execute(sql`UPDATE letters SET status = 'withdrawn' WHERE id = ${p.approved.id}`);
    await editPrisoner(db(), coordinatorId, p.prisoner.id, { status: 'pre_trial' });
    const facility = await buildRealFacility(db(), KRESTY, ['fsin_pismo']);
    await transferPrisoner(db(), coordinatorId, p.prisoner.id, { toFacilityId: facility.id });
    await t.runJobs();
    expect((await statusOf(p.approved.id)).status).toBe('withdrawn');
    expect((await statusOf(p.translating.id)).status).toBe('translating');
  });
});

describe('the dispatcher queue', () => {
  it('does not offer letters held for a released person', async () => {
    const p = await personWithLetters();
    await editPrisoner(db(), coordinatorId, p.prisoner.id, { status: 'released' });
    await t.runJobs();
    const queue = await loadConsoleLetters(db(), { statuses: ['approved', 'dispatching'] });
    const offered = queue.map((l) => l.id);
    expect(offered).not.toContain(p.approved.id);
    expect(offered).not.toContain(p.translating.id);
  });
});

/** The cause recorded on the letter's hold event(s). */
const holdCauses = async (id: string) =>
  (
    await db()
      .select({ data: letterEvents.data })
      .from(letterEvents)
      .where(and(eq(letterEvents.letterId, id), eq(letterEvents.toStatus, 'on_hold')))
  ).map((e) => e.data?.cause);

describe('a letter the job could not catch', () => {
  it('mid-dispatch when the person left: a failed dispatch holds it instead of returning it to the queue', async () => {
    const facility = await buildRealFacility(db(), KRESTY, ['fsin_pismo']);
    const prisoner = await buildPrisoner(db(), { facilityId: facility.id, status: 'convicted' });
    const writer = await buildWriter(db());
    const base = { prisonerId: prisoner.id, writerId: writer.id, facilityId: facility.id };
    const byVolunteer = await buildLetter(db(), { ...base, status: 'approved' });
    const selfPosted = await buildLetter(db(), { ...base, status: 'approved' });
    const volunteer = { type: 'volunteer' as const, id: coordinatorId };
    const { attempt } = await beginDispatch(db(), byVolunteer.id, 'fsin_pismo', volunteer);
    const own = await beginDispatch(db(), selfPosted.id, 'self_post', { type: 'writer', id: writer.id });

    await editPrisoner(db(), coordinatorId, prisoner.id, { status: 'released' });
    await t.runJobs();
    expect((await statusOf(byVolunteer.id)).status).toBe('dispatching');

    await failDispatch(db(), attempt.id, { error: 'The service refused the order.', actor: volunteer });
    // The writer hands a self-post back: a writer may not hold, the custody rule does.
    await failDispatch(db(), own.attempt.id, {
      error: 'The writer asked the volunteers to send it after all.',
      actor: { type: 'writer', id: writer.id },
    });
    for (const letter of [byVolunteer, selfPosted]) {
      expect(await statusOf(letter.id)).toMatchObject({ status: 'on_hold', channel: null });
      expect(await transitionsOf(letter.id)).toEqual([
        'startDispatch:dispatching',
        'abortDispatch:approved',
        'holdForRecipient:on_hold',
      ]);
      expect(await holdCauses(letter.id)).toEqual(['recipient_released']);
    }
    const queue = await loadConsoleLetters(db(), { statuses: ['approved', 'dispatching'] });
    expect(queue.map((l) => l.id)).not.toContain(byVolunteer.id);

    // The writer hears once per letter, in the same words as the job's holds.
    await t.runJobs();
    const mails = mailsTo(writer.email);
    expect(mails).toHaveLength(2);
    for (const mail of mails) expect(mail).toContain('Good news: the person you wrote to has been released.');
    expect(await handleCustodyChanged(db(), { prisonerId: prisoner.id })).toEqual({
      held: 0,
      resumed: 0,
      skipped: 0,
    });

    // Held again at a facility: the letter waits for a dispatcher, like any letter held from approved.
    await editPrisoner(db(), coordinatorId, prisoner.id, { status: 'convicted' });
    await transferPrisoner(db(), coordinatorId, prisoner.id, { toFacilityId: facility.id });
    await t.runJobs();
    expect(await statusOf(byVolunteer.id)).toMatchObject({ status: 'approved', facilityId: facility.id });
  });

  it('a failed dispatch to a person still held returns the letter to approved as before', async () => {
    const facility = await buildRealFacility(db(), KRESTY, ['fsin_pismo']);
    const prisoner = await buildPrisoner(db(), { facilityId: facility.id, status: 'convicted' });
    const letter = await buildLetter(db(), {
      prisonerId: prisoner.id,
      facilityId: facility.id,
      status: 'approved',
    });
    const volunteer = { type: 'volunteer' as const, id: coordinatorId };
    const { attempt } = await beginDispatch(db(), letter.id, 'fsin_pismo', volunteer);
    await failDispatch(db(), attempt.id, { error: 'Timeout.', actor: volunteer });
    expect(await transitionsOf(letter.id)).toEqual(['startDispatch:dispatching', 'abortDispatch:approved']);
  });

  it('confirmed after the person left: held at screening, never reaching the translators', async () => {
    const facility = await buildRealFacility(db(), KRESTY, ['fsin_pismo']);
    const prisoner = await buildPrisoner(db(), { facilityId: facility.id, status: 'pre_trial' });
    const writer = await buildWriter(db());
    const letter = await buildLetter(db(), {
      prisonerId: prisoner.id,
      writerId: writer.id,
      facilityId: facility.id,
      status: 'submitted',
    });
    await editPrisoner(db(), coordinatorId, prisoner.id, { status: 'abroad' });
    await t.runJobs();
    expect((await statusOf(letter.id)).status).toBe('submitted');

    await confirmLetter(db(), letter.id, { type: 'writer', id: writer.id });
    await t.runJobs();
    expect(await transitionsOf(letter.id)).toEqual(['confirm:screening', 'holdForRecipient:on_hold']);
    expect(await holdCauses(letter.id)).toEqual(['recipient_abroad']);
    // Not screened while held: it is screened when it comes back to screening.
    expect(await db().select().from(screenings).where(eq(screenings.letterId, letter.id))).toEqual([]);
    const held = mailsTo(writer.email).filter((m) => m.includes('has left the country'));
    expect(held).toHaveLength(1);
    expect(held[0]).not.toContain('will send it on');

    // Held again at a facility: back to screening, screened, then on to a translator.
    await editPrisoner(db(), coordinatorId, prisoner.id, { status: 'pre_trial' });
    await transferPrisoner(db(), coordinatorId, prisoner.id, { toFacilityId: facility.id });
    await t.runJobs();
    expect(await transitionsOf(letter.id)).toEqual([
      'confirm:screening',
      'holdForRecipient:on_hold',
      'resumeScreening:screening',
      'sendToTranslation:translating',
    ]);
    expect(await db().select().from(screenings).where(eq(screenings.letterId, letter.id))).toHaveLength(1);
  });
});
