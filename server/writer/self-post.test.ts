/**
 * Self-post over HTTP, end to end: My letters offers it on an approved letter; choosing it starts
 * a dispatch attempt on `self_post` that keeps dispatchers off the letter (and a dispatcher's
 * lease or attempt keeps the writer off); the address and the PDF (read back with pdftotext: the
 * Russian text and the dative block round-trip); "I have posted it" with a tracking number; "let
 * the volunteers send it" puts the letter back in their queue. Only the letter's writer gets in.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { buildPrisoner } from '../../test/factories';
import { beginDispatch } from '../channels/dispatch';
import { SAMPLE_RUSSIAN_LETTER } from '../channels/fixtures';
import { lines, pdfPages, pdfPageSizes, squash } from '../channels/pdf-text';
import { dispatchAttempts, letters } from '../db/schema';
import {
  createConsoleTestApp,
  seedApprovedLetter,
  seedRealFacility,
  type ConsoleTestApp,
} from '../dispatch-console/fixtures';
import { createWriterSession, WRITER_COOKIE } from './session';

type SelfPost = {
  offered: boolean;
  state: 'preparing' | 'posted' | null;
  startedAt: string | null;
  postedAt: string | null;
  trackingNumber: string | null;
};
type ListedLetter = {
  id: string;
  status: string;
  selfPost: SelfPost;
  timeline: { status: string; at: string; byYou?: true }[];
};

let app: ConsoleTestApp;
let facilityId: string;
let dir: string;

beforeAll(async () => {
  app = await createConsoleTestApp();
  facilityId = (await seedRealFacility(app.t.runtime.db, 'ФКУ ИК-2 УФСИН России по Владимирской области')).id;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-selfpost-'));
}, 180_000);
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await app?.t.close();
});

const db = () => app.t.runtime.db;

/** An approved letter signed "Анна К." and its writer's session cookie. */
async function approvedLetter(prisoner?: Parameters<typeof buildPrisoner>[1]) {
  const { letter } = await seedApprovedLetter(db(), {
    facilityId,
    signature: 'Анна К.',
    ...(prisoner ? { prisoner } : {}),
  });
  const cookie = `${WRITER_COOKIE}=${await createWriterSession(db(), letter.writerId)}`;
  return { id: letter.id, refCode: letter.refCode, writerId: letter.writerId, cookie };
}

const base = (id: string) => `/api/writer/letters/${id}/self-post`;
const call = (cookie: string, method: string, url: string, body?: unknown) =>
  app.t.call(method, url, body, { cookie });
async function listed(cookie: string, id: string): Promise<ListedLetter> {
  const res = await call(cookie, 'GET', '/api/writer/letters');
  const { letters: list } = (await res.json()) as { letters: ListedLetter[] };
  return list.find((l) => l.id === id)!;
}
const statusOf = async (id: string) =>
  (await db().select({ status: letters.status }).from(letters).where(eq(letters.id, id)))[0]!.status;
const attempts = (id: string) =>
  db().select().from(dispatchAttempts).where(eq(dispatchAttempts.letterId, id));
const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

async function savePdf(res: Response, name: string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return file;
}

describe('offering self-post', () => {
  it('offers it on an approved letter only, and starts it as a dispatch attempt the writer owns', async () => {
    const letter = await approvedLetter();
    expect((await listed(letter.cookie, letter.id)).selfPost).toEqual({
      offered: true,
      state: null,
      startedAt: null,
      postedAt: null,
      trackingNumber: null,
    });

    const res = await call(letter.cookie, 'POST', base(letter.id));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ state: 'preparing' });
    // A double click resumes the same attempt.
    expect((await call(letter.cookie, 'POST', base(letter.id))).status).toBe(200);

    expect(await statusOf(letter.id)).toBe('dispatching');
    const rows = await attempts(letter.id);
    expect(rows).toEqual([
      expect.objectContaining({ channel: 'self_post', status: 'pending', actorId: letter.writerId }),
    ]);
    const now = await listed(letter.cookie, letter.id);
    expect(now.selfPost).toMatchObject({ offered: false, state: 'preparing', postedAt: null });
    expect(now.timeline.at(-1)).toMatchObject({ status: 'dispatching', byYou: true });
  });

  it('does not offer it before approval, to a fictional demo person, or under a doubtful name', async () => {
    const early = await approvedLetter();
    await db().update(letters).set({ status: 'reviewing' }).where(eq(letters.id, early.id));
    expect((await listed(early.cookie, early.id)).selfPost.offered).toBe(false);
    const refused = await call(early.cookie, 'POST', base(early.id));
    expect(refused.status).toBe(409);
    expect(await errorCode(refused)).toBe('letter_is_reviewing');

    // beginDispatch refuses demo people inside its transaction, for the writer as for anyone.
    const demo = await approvedLetter({ isDemo: true });
    expect((await listed(demo.cookie, demo.id)).selfPost.offered).toBe(false);
    const demoStart = await call(demo.cookie, 'POST', base(demo.id));
    expect(demoStart.status).toBe(409);
    expect(await errorCode(demoStart)).toBe('demo_recipient');
    expect(await statusOf(demo.id)).toBe('approved');
    expect(await attempts(demo.id)).toEqual([]);

    // No volunteer sees the writer's envelope: an unconfirmed, doubtful dative line stays with them.
    const doubtful = await approvedLetter({ surname: 'Кравец', fullName: 'Кравец Иван Иванович' });
    expect((await listed(doubtful.cookie, doubtful.id)).selfPost.offered).toBe(false);
    const doubtfulStart = await call(doubtful.cookie, 'POST', base(doubtful.id));
    expect(await errorCode(doubtfulStart)).toBe('recipient_unconfirmed');
  });

  it("keeps every route of another writer's letter a 404", async () => {
    const mine = await approvedLetter();
    const theirs = await approvedLetter();
    await call(theirs.cookie, 'POST', base(theirs.id));
    const tries = [
      ['POST', base(theirs.id)],
      ['GET', `${base(theirs.id)}/address`],
      ['GET', `${base(theirs.id)}/pdf`],
      ['POST', `${base(theirs.id)}/posted`, {}],
      ['POST', `${base(theirs.id)}/cancel`],
      ['GET', `${base('not-a-uuid')}/pdf`],
    ] as const;
    for (const [method, url, body] of tries) {
      const res = await call(mine.cookie, method, url, body);
      expect(res.status, `${method} ${url}`).toBe(404);
    }
    expect((await attempts(theirs.id))[0]).toMatchObject({ status: 'pending' });
  });
});

describe('writer and dispatchers never hold the same letter', () => {
  it('keeps dispatchers off a letter the writer is posting', async () => {
    const letter = await approvedLetter();
    await call(letter.cookie, 'POST', base(letter.id));

    const card = await app.as<{ error: { code: string } }>(
      'dispatcher',
      'GET',
      `/api/volunteer/dispatch/letters/${letter.id}/card`,
    );
    expect(card.status).toBe(409);
    expect(card.body.error.code).toBe('dispatch_pending_on_self_post');
    const other = await app.as<{ error: { code: string } }>(
      'dispatcher',
      'GET',
      `/api/volunteer/dispatch/letters/${letter.id}/card?channel=fsin_pismo`,
    );
    expect(other.status).toBe(409);

    const batch = await app.as<{ error: { code: string; details: { code: string }[] } }>(
      'dispatcher',
      'POST',
      '/api/volunteer/dispatch/post-batches',
      { letterIds: [letter.id], envelope: 'DL' },
    );
    expect(batch.status).toBe(409);
    expect(batch.body.error.details).toEqual([
      expect.objectContaining({ code: 'dispatch_pending_on_self_post' }),
    ]);

    // Underneath, one pending attempt per letter is the database's rule, whoever asks.
    await expect(
      beginDispatch(db(), letter.id, 'post', { type: 'volunteer', id: app.userIds.dispatcher }),
    ).rejects.toMatchObject({ code: 'dispatch_pending_on_self_post' });
    await expect(
      db().insert(dispatchAttempts).values({ letterId: letter.id, channel: 'post', status: 'pending' }),
    ).rejects.toThrow();
    expect(await attempts(letter.id)).toHaveLength(1);

    // The console shows it apart, as the writer's, not as a card to continue.
    const queue = await app.as<{
      inProgress: { id: string }[];
      writerPosting: { id: string; attempt: { channel: string } }[];
    }>('dispatcher', 'GET', '/api/volunteer/dispatch/queue');
    expect(queue.body.inProgress.map((l) => l.id)).not.toContain(letter.id);
    const posting = queue.body.writerPosting.find((l) => l.id === letter.id);
    expect(posting?.attempt.channel).toBe('self_post');
  });

  it('keeps the writer off a letter a dispatcher took or is sending', async () => {
    const taken = await approvedLetter();
    const take = await app.as('dispatcher', 'POST', `/api/volunteer/items/letter/${taken.id}/take`);
    expect(take.status).toBe(200);
    expect((await listed(taken.cookie, taken.id)).selfPost.offered).toBe(false);
    const refused = await call(taken.cookie, 'POST', base(taken.id));
    expect(refused.status).toBe(409);
    expect(await errorCode(refused)).toBe('letter_being_sent');
    expect(await statusOf(taken.id)).toBe('approved');

    const sending = await approvedLetter();
    await beginDispatch(db(), sending.id, 'fsin_pismo', { type: 'volunteer', id: app.userIds.dispatcher });
    const late = await call(sending.cookie, 'POST', base(sending.id));
    expect(late.status).toBe(409);
    expect(await errorCode(late)).toBe('letter_being_sent');
    expect(await attempts(sending.id)).toEqual([expect.objectContaining({ channel: 'fsin_pismo' })]);
    // Nothing to print for a letter the writer does not post.
    expect(await errorCode(await call(sending.cookie, 'GET', `${base(sending.id)}/pdf`))).toBe(
      'self_post_not_started',
    );
  });
});

describe('the address and the printout', () => {
  it('gives the address as the envelope takes it, the country line only from abroad', async () => {
    const letter = await approvedLetter();
    expect(await errorCode(await call(letter.cookie, 'GET', `${base(letter.id)}/address`))).toBe(
      'self_post_not_started',
    );
    await call(letter.cookie, 'POST', base(letter.id));

    const abroad = await call(letter.cookie, 'GET', `${base(letter.id)}/address`);
    expect(abroad.status).toBe(200);
    expect(abroad.headers.get('cache-control')).toBe('private, no-store');
    const address = (await abroad.json()) as { addressText: string; addressLines: string[] };
    expect(address.addressText).toBe(address.addressLines.join('\n'));
    expect(address).toMatchObject({
      addressLines: [
        'Иванову Ивану Ивановичу, 1990 г.р.',
        'ФКУ ИК-2 УФСИН России по Владимирской области',
        'ул. Франца Штольверка, д. 6, г. Покров, Петушинский район, Владимирская область',
        '601122',
        'RUSSIAN FEDERATION',
      ],
    });
    const home = (await (
      await call(letter.cookie, 'GET', `${base(letter.id)}/address?country=ru`)
    ).json()) as {
      addressLines: string[];
    };
    expect(home.addressLines.at(-1)).toBe('601122');
    const bad = await call(letter.cookie, 'GET', `${base(letter.id)}/address?country=Germany`);
    expect(bad.status).toBe(400);
  });

  it('downloads the Russian letter and the address sheet as a private PDF', async () => {
    const letter = await approvedLetter();
    await call(letter.cookie, 'POST', base(letter.id));
    const res = await call(letter.cookie, 'GET', `${base(letter.id)}/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="letterbridge-${letter.refCode}.pdf"`,
    );
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const file = await savePdf(res, 'abroad.pdf');
    const pages = pdfPages(file);
    expect(pages).toHaveLength(2);
    expect(pdfPageSizes(file)).toEqual(['210x297', '210x297']);

    // The letter: the approved translation signed by the writer, the addressee in the dative.
    const page = squash(pages[0]!);
    expect(page).toContain(`${squash(SAMPLE_RUSSIAN_LETTER)} Анна К.`);
    expect(page).toContain(
      'Иванову Ивану Ивановичу, 1990 г.р. ФКУ ИК-2 УФСИН России по Владимирской области',
    );
    expect(lines(pages[0]!)).toEqual(expect.arrayContaining([letter.refCode, 'Страница 1 из 1']));
    // Only Russian reaches the prison: the writer's own text is not printed.
    expect(page).not.toContain('teacher from Lyon');

    // The sheet: blank sender lines for the writer, the recipient block, the country from abroad.
    const sheet = squash(pages[1]!);
    expect(sheet).toContain('От кого Откуда Индекс Кому Куда Индекс');
    expect(sheet).toContain(
      'Иванову Ивану Ивановичу, 1990 г.р. ФКУ ИК-2 УФСИН России по Владимирской области ' +
        'ул. Франца Штольверка, д. 6, г. Покров, Петушинский район, Владимирская область 601122 RUSSIAN FEDERATION',
    );

    const home = await call(letter.cookie, 'GET', `${base(letter.id)}/pdf?country=RU&paper=LETTER`);
    const homeFile = await savePdf(home, 'home.pdf');
    expect(pdfPageSizes(homeFile)).toEqual(['216x279', '216x279']);
    expect(squash(pdfPages(homeFile)[1]!)).not.toContain('RUSSIAN FEDERATION');
  });
});

describe('posted, or handed back', () => {
  it('records "I have posted it" once, with the tracking number normalised, on the day given', async () => {
    const letter = await approvedLetter();
    await call(letter.cookie, 'POST', base(letter.id));
    const started = (await attempts(letter.id))[0]!.createdAt;

    const wrong = await call(letter.cookie, 'POST', `${base(letter.id)}/posted`, {
      trackingNumber: 'RA123456789RU',
    });
    expect(wrong.status).toBe(400);
    expect(await errorCode(wrong)).toBe('invalid_tracking_number');
    const future = await call(letter.cookie, 'POST', `${base(letter.id)}/posted`, { postedOn: '2999-01-01' });
    expect(await errorCode(future)).toBe('date_in_future');
    const early = await call(letter.cookie, 'POST', `${base(letter.id)}/posted`, { postedOn: '2020-01-01' });
    expect(await errorCode(early)).toBe('date_before_self_post');
    expect(await statusOf(letter.id)).toBe('dispatching');

    const today = started.toISOString().slice(0, 10);
    const posted = await call(letter.cookie, 'POST', `${base(letter.id)}/posted`, {
      trackingNumber: 'ra 1234 5678 5 ru',
      postedOn: today,
    });
    expect(posted.status).toBe(200);
    expect(await posted.json()).toEqual({ state: 'posted', alreadyRecorded: false });
    expect(await statusOf(letter.id)).toBe('dispatched');
    const again = await call(letter.cookie, 'POST', `${base(letter.id)}/posted`, {
      trackingNumber: 'RA123456785RU',
    });
    expect(await again.json()).toEqual({ state: 'posted', alreadyRecorded: true });
    const other = await call(letter.cookie, 'POST', `${base(letter.id)}/posted`, { trackingNumber: null });
    expect(await errorCode(other)).toBe('dispatch_attempt_completed');
    const tooLate = await call(letter.cookie, 'POST', `${base(letter.id)}/cancel`);
    expect(await errorCode(tooLate)).toBe('dispatch_attempt_completed');

    const view = await listed(letter.cookie, letter.id);
    expect(view.selfPost).toMatchObject({ state: 'posted', trackingNumber: 'RA123456785RU', offered: false });
    const step = view.timeline.at(-1)!;
    expect(step).toMatchObject({ status: 'dispatched', byYou: true });
    // Not the moment of the click, unless that was the day given.
    expect(step.at).toBe(view.selfPost.postedAt);
    expect(await attempts(letter.id)).toEqual([
      expect.objectContaining({
        status: 'succeeded',
        externalRef: 'RA123456785RU',
        actorId: letter.writerId,
      }),
    ]);
  });

  it('dates "Posted by you" on the day the writer gives, not the day they tell us', async () => {
    const letter = await approvedLetter();
    await call(letter.cookie, 'POST', base(letter.id));
    // Chosen five days ago; posted two days ago; reported now.
    await db()
      .update(dispatchAttempts)
      .set({ createdAt: new Date(Date.now() - 5 * 86400_000) })
      .where(eq(dispatchAttempts.letterId, letter.id));
    const day = new Date(Date.now() - 2 * 86400_000).toISOString().slice(0, 10);
    const res = await call(letter.cookie, 'POST', `${base(letter.id)}/posted`, { postedOn: day });
    expect(res.status).toBe(200);
    const view = await listed(letter.cookie, letter.id);
    expect(view.selfPost).toMatchObject({
      state: 'posted',
      postedAt: `${day}T12:00:00.000Z`,
      trackingNumber: null,
    });
    expect(view.timeline.at(-1)).toEqual({ status: 'dispatched', at: `${day}T12:00:00.000Z`, byYou: true });
  });

  it('withdraws a letter the writer was about to post when they delete their data', async () => {
    const letter = await approvedLetter();
    await call(letter.cookie, 'POST', base(letter.id));
    const res = await call(letter.cookie, 'DELETE', '/api/writer');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ withdrawn: 1 });
    expect(await statusOf(letter.id)).toBe('withdrawn');
    expect(await attempts(letter.id)).toEqual([
      expect.objectContaining({ channel: 'self_post', status: 'failed', error: 'writer deleted their data' }),
    ]);
  });

  it('hands the letter back to the volunteers, who can then send it', async () => {
    const letter = await approvedLetter();
    await call(letter.cookie, 'POST', base(letter.id));
    const res = await call(letter.cookie, 'POST', `${base(letter.id)}/cancel`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ state: 'approved' });
    expect((await call(letter.cookie, 'POST', `${base(letter.id)}/cancel`)).status).toBe(200);
    expect(await statusOf(letter.id)).toBe('approved');
    expect(await attempts(letter.id)).toEqual([
      expect.objectContaining({ channel: 'self_post', status: 'failed' }),
    ]);
    const view = await listed(letter.cookie, letter.id);
    expect(view.selfPost).toMatchObject({ offered: true, state: null });
    expect(view.timeline.at(-1)).toMatchObject({ status: 'approved', byYou: true });
    expect(await errorCode(await call(letter.cookie, 'POST', `${base(letter.id)}/posted`, {}))).toBe(
      'self_post_not_started',
    );

    // The queue has it again: a dispatcher begins a post dispatch.
    const { attempt } = await beginDispatch(db(), letter.id, 'post', {
      type: 'volunteer',
      id: app.userIds.dispatcher,
    });
    expect(attempt.channel).toBe('post');
    const pending = await db()
      .select()
      .from(dispatchAttempts)
      .where(and(eq(dispatchAttempts.letterId, letter.id), eq(dispatchAttempts.status, 'pending')));
    expect(pending).toHaveLength(1);
    expect((await listed(letter.cookie, letter.id)).selfPost).toMatchObject({ offered: false, state: null });
  });
});
