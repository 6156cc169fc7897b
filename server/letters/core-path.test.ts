import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { buildPrisoner } from '../../test/factories';
import { letterEvents, letters, screenings, translations, writers } from '../db/schema';
import {
  approveLetter,
  markLetterDelivered,
  markLetterDispatched,
  startLetterDispatch,
  submitLetterTranslation,
  withdrawLetter,
} from './commands';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function confirmationToken(eml: string): string {
  const match = /\/confirm#([A-Za-z0-9_-]{43})/.exec(eml.replace(/=\r?\n/g, ''));
  if (!match) throw new Error('no confirmation link in the email');
  return match[1]!;
}

async function submit(prisonerId: string, email: string, language = 'de') {
  const res = await t.call('POST', '/api/letters', {
    prisonerId,
    email,
    language,
    body: 'Liebe Grüße aus Hamburg! Ich lese gerade ein Buch über Vögel und denke an dich.',
    signature: 'Anna',
  });
  expect(res.status).toBe(202);
  return (await res.json()) as { refCode: string };
}

describe('the core path of a letter', () => {
  it('goes from submission to delivery, one event per step', async () => {
    const prisoner = await buildPrisoner(t.runtime.db);
    const { refCode } = await submit(prisoner.id, 'Anna.Writer@Example.org');
    await t.runJobs();

    const mails = t.outbox();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('To: anna.writer@example.org');
    expect(mails[0]).toContain(refCode);

    const confirm = await t.call('POST', '/api/letters/confirm', { token: confirmationToken(mails[0]!) });
    expect(confirm.status).toBe(200);
    expect(confirm.headers.get('set-cookie')).toMatch(/lb_writer=.*HttpOnly.*SameSite=Strict/);
    const { letterId } = (await confirm.json()) as { letterId: string };

    await t.runJobs();
    const [afterScreening] = await t.runtime.db.select().from(letters).where(eq(letters.id, letterId));
    expect(afterScreening!.status).toBe('translating');

    const volunteer = { type: 'volunteer' as const, id: 'v1' };
    await submitLetterTranslation(t.runtime.db, letterId, volunteer);
    await approveLetter(t.runtime.db, letterId, volunteer);
    await startLetterDispatch(t.runtime.db, letterId, volunteer, { patch: { channel: 'post' } });
    await markLetterDispatched(t.runtime.db, letterId, volunteer);
    await markLetterDelivered(t.runtime.db, letterId, volunteer);
    await t.runJobs();

    const events = await t.runtime.db
      .select({ name: letterEvents.name, to: letterEvents.toStatus })
      .from(letterEvents)
      .where(eq(letterEvents.letterId, letterId))
      .orderBy(letterEvents.id);
    expect(events.map((e) => e.to)).toEqual([
      'submitted',
      'screening',
      'translating',
      'reviewing',
      'approved',
      'dispatching',
      'dispatched',
      'delivered',
    ]);
    const stored = await t.runtime.db
      .select({ stage: screenings.stage, language: screenings.language })
      .from(screenings)
      .where(eq(screenings.letterId, letterId));
    expect(stored).toEqual([{ stage: 'source', language: 'de' }]);
    // Confirmed, dispatched and delivered each told the writer.
    expect(t.outbox().filter((m) => m.includes(refCode))).toHaveLength(4);
  });

  it('stores what screening found in the source and in the Russian text', async () => {
    const prisoner = await buildPrisoner(t.runtime.db);
    await t.runJobs();
    const before = t.outbox().length;
    await t.call('POST', '/api/letters', {
      prisonerId: prisoner.id,
      email: 'screened@example.org',
      language: 'en',
      body: 'Hello from Lyon! Everyone here talks about the war and the mobilisation, stay strong.',
    });
    await t.runJobs();
    const confirm = await t.call('POST', '/api/letters/confirm', {
      token: confirmationToken(t.outbox()[before]!),
    });
    const { letterId } = (await confirm.json()) as { letterId: string };
    await t.runJobs();
    await t.runtime.db.insert(translations).values({
      letterId,
      direction: 'to_ru',
      sourceLanguage: 'en',
      targetLanguage: 'ru',
      text: 'Привет из Лиона! Здесь все говорят о войне и мобилизации, держись.',
      status: 'submitted',
    });
    await submitLetterTranslation(t.runtime.db, letterId, { type: 'volunteer', id: 'v1' });
    await t.runJobs();
    const stored = await t.runtime.db.select().from(screenings).where(eq(screenings.letterId, letterId));
    const byStage = Object.fromEntries(stored.map((s) => [s.stage, s]));
    expect(byStage.source).toMatchObject({ language: 'en', maxSeverity: 'block' });
    expect(byStage.translation).toMatchObject({ language: 'ru', maxSeverity: 'block' });
    expect(byStage.translation!.flags.map((f) => f.category)).toContain('war');
  });

  it('sends Russian letters straight to review', async () => {
    const prisoner = await buildPrisoner(t.runtime.db);
    const before = t.outbox().length;
    await submit(prisoner.id, 'ru-writer@example.org', 'ru');
    await t.runJobs();
    const confirm = await t.call('POST', '/api/letters/confirm', {
      token: confirmationToken(t.outbox()[before]!),
    });
    const { letterId } = (await confirm.json()) as { letterId: string };
    await t.runJobs();
    const [row] = await t.runtime.db.select().from(letters).where(eq(letters.id, letterId));
    expect(row!.status).toBe('reviewing');
  });

  it('spends a confirmation link once', async () => {
    const prisoner = await buildPrisoner(t.runtime.db);
    const before = t.outbox().length;
    await submit(prisoner.id, 'twice@example.org');
    await t.runJobs();
    const token = confirmationToken(t.outbox()[before]!);
    expect((await t.call('POST', '/api/letters/confirm', { token })).status).toBe(200);
    const again = await t.call('POST', '/api/letters/confirm', { token });
    expect(again.status).toBe(410);
    expect(await again.json()).toMatchObject({ error: { code: 'token_used' } });
  });

  it('does not email a confirmation for a letter withdrawn before the job ran', async () => {
    const prisoner = await buildPrisoner(t.runtime.db);
    await t.runJobs();
    const before = t.outbox().length;
    const { refCode } = await submit(prisoner.id, 'quick@example.org');
    const [row] = await t.runtime.db.select().from(letters).where(eq(letters.refCode, refCode));
    await withdrawLetter(t.runtime.db, row!.id, { type: 'writer', id: row!.writerId });
    await t.runJobs();
    expect(t.outbox()).toHaveLength(before);
  });

  it('stores the writer email only encrypted, and one writer per address', async () => {
    const rows = await t.runtime.db.select().from(writers);
    for (const row of rows) expect(row.emailCiphertext).not.toContain('@');
    const prisoner = await buildPrisoner(t.runtime.db);
    const count = rows.length;
    await submit(prisoner.id, 'ANNA.writer@example.org ');
    expect(await t.runtime.db.select().from(writers)).toHaveLength(count);
  });

  it('refuses letters to people who cannot receive them', async () => {
    const released = await buildPrisoner(t.runtime.db, { status: 'released' });
    const res = await t.call('POST', '/api/letters', {
      prisonerId: released.id,
      email: 'a@example.org',
      language: 'en',
      body: 'Hello, this is a letter that is long enough.',
    });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: { code: 'prisoner_cannot_receive_letters' } });
  });
});
