import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { buildLetter, buildPrisoner, buildWriter } from '../../test/factories';
import { mailText } from '../../test/mail-text';
import { buildVolunteer } from '../../test/volunteers';
import { editPrisoner } from '../coordinator/prisoner-edit';
import { transferPrisoner } from '../coordinator/prisoner-transfer';
import { letterEvents, letters, writers } from '../db/schema';
import { loadConsoleLetters } from '../dispatch-console/letters';
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

  it('leaves letters held for a transfer to the transfer', async () => {
    const p = await personWithLetters();
    await transferPrisoner(db(), coordinatorId, p.prisoner.id, { toFacilityId: null });
    expect((await statusOf(p.approved.id)).status).toBe('on_hold');
    await editPrisoner(db(), coordinatorId, p.prisoner.id, { status: 'released' });
    await t.runJobs();
    expect(await transitionsOf(p.approved.id)).toEqual(['hold:on_hold']);
    // The letter in translation is still held for the release.
    expect(await transitionsOf(p.translating.id)).toEqual(['holdForRecipient:on_hold']);
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
