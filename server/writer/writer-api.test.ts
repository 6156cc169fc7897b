import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { buildPrisoner } from '../../test/factories';
import { linkToken, mailText } from '../../test/mail-text';
import { accessTokens, letters, writers } from '../db/schema';
import {
  requestLetterChanges,
  submitLetterTranslation,
  approveLetter,
  startLetterDispatch,
  markLetterDispatched,
} from '../letters/commands';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const volunteer = { type: 'volunteer' as const, id: 'moderator-1' };

/** Submits and confirms a letter; returns its id and the writer's session cookie. */
async function confirmedLetter(email: string, uiLanguage = 'en') {
  const prisoner = await buildPrisoner(t.runtime.db);
  const before = t.outbox().length;
  const res = await t.call('POST', '/api/letters', {
    prisonerId: prisoner.id,
    email,
    language: 'de',
    uiLanguage,
    body: 'Liebe Grüße aus Hamburg! Ich lese gerade ein Buch über Vögel und denke an dich.',
    signature: 'Anna',
  });
  expect(res.status).toBe(202);
  await t.runJobs();
  const mail = t
    .outbox()
    .slice(before)
    .find((m) => m.includes(`To: ${email}`) && mailText(m).includes('/confirm#'))!;
  const confirm = await t.call('POST', '/api/letters/confirm', { token: linkToken(mail, '/confirm') });
  const cookie = confirm.headers.get('set-cookie')!.split(';')[0]!;
  const { letterId } = (await confirm.json()) as { letterId: string };
  await t.runJobs();
  return { letterId, cookie, prisoner };
}

describe('writer session', () => {
  it('refuses "My letters" without a session', async () => {
    const res = await t.call('GET', '/api/writer/letters');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('lists the letters of the confirmed writer with a timeline in order', async () => {
    const { letterId, cookie, prisoner } = await confirmedLetter('list@example.org');
    const res = await t.call('GET', '/api/writer/letters', undefined, { cookie });
    expect(res.status).toBe(200);
    const { letters: list } = (await res.json()) as {
      letters: {
        id: string;
        status: string;
        timeline: { status: string }[];
        prisoner: { id: string };
        canWithdraw: boolean;
      }[];
    };
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: letterId,
      status: 'translating',
      canWithdraw: true,
      prisoner: { id: prisoner.id },
    });
    expect(list[0]!.timeline.map((s) => s.status)).toEqual(['submitted', 'screening', 'translating']);
  });

  it('emails a sign-in link to a known address, and the same answer for an unknown one', async () => {
    await confirmedLetter('known@example.org');
    const before = t.outbox().length;
    const unknown = await t.call('POST', '/api/writer/login', { email: 'nobody@example.org' });
    const known = await t.call('POST', '/api/writer/login', { email: 'Known@Example.org', uiLanguage: 'de' });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(await unknown.json()).toEqual(await known.json());
    await t.runJobs();
    const mails = t.outbox().slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('To: known@example.org');
    expect(mailText(mails[0]!)).toContain('Öffnen Sie diesen Link');

    const token = linkToken(mails[0]!, '/my-letters/sign-in');
    const session = await t.call('POST', '/api/writer/session', { token });
    expect(session.status).toBe(200);
    const cookie = session.headers.get('set-cookie')!.split(';')[0]!;
    const list = await t.call('GET', '/api/writer/letters', undefined, { cookie });
    expect(((await list.json()) as { letters: unknown[] }).letters).toHaveLength(1);
    const again = await t.call('POST', '/api/writer/session', { token });
    expect(again.status).toBe(410);
  });

  it('signs out: the cookie no longer works', async () => {
    const { cookie } = await confirmedLetter('logout@example.org');
    expect((await t.call('POST', '/api/writer/logout', undefined, { cookie })).status).toBe(200);
    expect((await t.call('GET', '/api/writer/letters', undefined, { cookie })).status).toBe(401);
  });
});

describe('acting on letters', () => {
  it('withdraws before dispatch, and not twice', async () => {
    const { letterId, cookie } = await confirmedLetter('withdraw@example.org');
    const res = await t.call('POST', `/api/writer/letters/${letterId}/withdraw`, undefined, { cookie });
    expect(res.status).toBe(200);
    const again = await t.call('POST', `/api/writer/letters/${letterId}/withdraw`, undefined, { cookie });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'letter_is_withdrawn' } });
  });

  it('cannot withdraw a letter already sent', async () => {
    const { letterId, cookie } = await confirmedLetter('sent@example.org');
    await submitLetterTranslation(t.runtime.db, letterId, volunteer);
    await approveLetter(t.runtime.db, letterId, volunteer);
    await startLetterDispatch(t.runtime.db, letterId, volunteer, { patch: { channel: 'post' } });
    await markLetterDispatched(t.runtime.db, letterId, volunteer);
    const res = await t.call('POST', `/api/writer/letters/${letterId}/withdraw`, undefined, { cookie });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: { code: 'letter_is_dispatched' } });
  });

  it("does not touch another writer's letter", async () => {
    const mine = await confirmedLetter('mine@example.org');
    const theirs = await confirmedLetter('theirs@example.org');
    const res = await t.call('POST', `/api/writer/letters/${theirs.letterId}/withdraw`, undefined, {
      cookie: mine.cookie,
    });
    expect(res.status).toBe(404);
  });

  it('edits after a request for changes, which sends it back to screening', async () => {
    const { letterId, cookie } = await confirmedLetter('edit@example.org', 'ru');
    await submitLetterTranslation(t.runtime.db, letterId, volunteer);
    await requestLetterChanges(t.runtime.db, letterId, volunteer, {
      reason: 'Please leave out the name of the street.',
    });
    await t.runJobs();
    expect(mailText(t.outbox().at(-1)!)).toContain('Волонтёр просит кое-что изменить');

    const list = (await (await t.call('GET', '/api/writer/letters', undefined, { cookie })).json()) as {
      letters: { canEdit: boolean; changeRequest: string | null }[];
    };
    expect(list.letters[0]).toMatchObject({
      canEdit: true,
      changeRequest: 'Please leave out the name of the street.',
    });

    const edited = 'Liebe Grüße! Ich lese gerade ein Buch über Vögel und denke oft an dich. Bis bald!';
    const res = await t.call('PUT', `/api/writer/letters/${letterId}`, { body: edited }, { cookie });
    expect(res.status).toBe(200);
    const [row] = await t.runtime.db.select().from(letters).where(eq(letters.id, letterId));
    expect(row).toMatchObject({ body: edited, charCount: [...edited].length });
    expect(['screening', 'translating']).toContain(row!.status);
    const twice = await t.call('PUT', `/api/writer/letters/${letterId}`, { body: edited }, { cookie });
    expect(twice.status).toBe(409);
  });
});

describe('my data', () => {
  it('exports everything, with the email in clear only in the download', async () => {
    const { cookie } = await confirmedLetter('export@example.org');
    const res = await t.call('GET', '/api/writer/export', undefined, { cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const data = (await res.json()) as { writer: { email: string }; letters: { body: string }[] };
    expect(data.writer.email).toBe('export@example.org');
    expect(data.letters[0]!.body).toContain('Hamburg');
  });

  it('deletes: unsent letters withdrawn, texts purged, address gone, a last email sent', async () => {
    const { letterId, cookie } = await confirmedLetter('delete@example.org', 'fr');
    const [before] = await t.runtime.db.select().from(letters).where(eq(letters.id, letterId));
    const res = await t.call('DELETE', '/api/writer', undefined, { cookie });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ withdrawn: 1, purged: 1, repliesPurged: 0 });
    const [row] = await t.runtime.db.select().from(letters).where(eq(letters.id, letterId));
    expect(row).toMatchObject({ status: 'withdrawn', body: null, signature: '' });
    const [writer] = await t.runtime.db.select().from(writers).where(eq(writers.id, before!.writerId));
    expect(writer!.emailHash).toBe(`deleted:${writer!.id}`);
    expect(
      await t.runtime.db.select().from(accessTokens).where(eq(accessTokens.writerId, writer!.id)),
    ).toHaveLength(0);
    expect((await t.call('GET', '/api/writer/letters', undefined, { cookie })).status).toBe(401);
    await t.runJobs();
    const last = t.outbox().at(-1)!;
    expect(last).toContain('To: delete@example.org');
    expect(mailText(last)).toContain('nous avons supprimé votre adresse e-mail');

    // The address is free again: a new letter makes a new writer.
    const fresh = await confirmedLetter('delete@example.org');
    expect(fresh.letterId).not.toBe(letterId);
  });

  it('keeps a block after a blocked writer deletes their data: the same address is still refused', async () => {
    const { letterId, cookie, prisoner } = await confirmedLetter('abuser@example.org');
    const [letter] = await t.runtime.db.select().from(letters).where(eq(letters.id, letterId));
    await t.runtime.db.update(writers).set({ blockedAt: new Date() }).where(eq(writers.id, letter!.writerId));
    expect((await t.call('DELETE', '/api/writer', undefined, { cookie })).status).toBe(200);
    const [writer] = await t.runtime.db.select().from(writers).where(eq(writers.id, letter!.writerId));
    expect(writer!.emailHash).not.toMatch(/^deleted:/);
    const again = await t.call('POST', '/api/letters', {
      prisonerId: prisoner.id,
      email: 'Abuser@example.org',
      language: 'de',
      uiLanguage: 'en',
      body: 'Noch ein Brief, obwohl ich gesperrt bin und meine Daten gelöscht habe.',
      signature: 'X',
    });
    expect(again.status).toBe(403);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('writer_blocked');
  });
});

describe('public routes', () => {
  it('counts waiting people, written letters and replies', async () => {
    const res = await t.call('GET', '/api/stats');
    const stats = (await res.json()) as {
      waitingForLetter: number;
      lettersWritten: number;
      repliesReceived: number;
    };
    expect(stats.lettersWritten).toBeGreaterThan(0);
    const waiting = stats.waitingForLetter;
    await buildPrisoner(t.runtime.db);
    const after = (await (await t.call('GET', '/api/stats')).json()) as { waitingForLetter: number };
    expect(after.waitingForLetter).toBe(waiting + 1);
  });

  it('tells the editor the configured limit', async () => {
    const res = await t.call('GET', '/api/config/public');
    expect(await res.json()).toMatchObject({ letterMaxChars: 2400, signatureMaxChars: 80 });
  });

  it('detects the language of a letter', async () => {
    const guess = async (text: string) =>
      (
        (await (await t.call('POST', '/api/language/detect', { text })).json()) as {
          guesses: { language: string }[];
        }
      ).guesses;
    expect((await guess('Liebe Grüße aus Hamburg! Ich lese gerade ein Buch über Vögel.'))[0]!.language).toBe(
      'de',
    );
    expect((await guess('Привіт! Я читаю книжку про птахів і часто думаю про тебе.'))[0]!.language).toBe(
      'uk',
    );
    expect((await guess('Cześć! Czytam teraz książkę o ptakach i często o tobie myślę.'))[0]!.language).toBe(
      'pl',
    );
    expect(await guess('Hi')).toEqual([]);
  });
});
