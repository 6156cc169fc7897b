import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { buildLetter, buildPrisoner, buildWriter } from '../../../test/factories';
import { letterEvents, letters, replies, replyEvents, replyFiles, writers } from '../../db/schema';
import { takeItem } from '../../queues/lease';
import {
  buildRealFacility,
  newRefCode,
  signInVolunteer,
  type SignedInVolunteer,
} from '../../replies/fixtures';
import { purgeReplies } from '../../replies/purge';
import { renderTypedPdf } from '../../replies/sample-scans';
import { replyFilePath } from '../../replies/storage';
import { replyScanForWriter } from '../../replies/writer-thread';

const POKROV = 'ФКУ ИК-2 УФСИН России по Владимирской области';
const RUSSIAN = 'Здравствуйте! Спасибо за письмо. У меня всё хорошо, много читаю.';

let app: TestApp;
let dispatcher: SignedInVolunteer;
let moderator: SignedInVolunteer;
let secondModerator: SignedInVolunteer;
let translator: SignedInVolunteer;
let facilityId: string;

beforeAll(async () => {
  app = await createTestApp();
  const { db, keys, config } = app.runtime;
  dispatcher = await signInVolunteer(db, keys, config, ['dispatcher']);
  moderator = await signInVolunteer(db, keys, config, ['moderator']);
  secondModerator = await signInVolunteer(db, keys, config, ['moderator']);
  translator = await signInVolunteer(db, keys, config, ['translator'], ['ru-de', 'fr-ru']);
  facilityId = (await buildRealFacility(db, POKROV, ['post'])).id;
}, 180_000);
afterAll(() => app.close());

/** A dispatched letter from a writer who reads `language`. */
async function sentLetter(language = 'de') {
  const { db } = app.runtime;
  const writer = await buildWriter(db);
  await db.update(writers).set({ language, uiLanguage: language }).where(eq(writers.id, writer.id));
  const prisoner = await buildPrisoner(db, {
    facilityId,
    fullName: 'Петров Пётр Петрович',
    surname: 'Петров',
  });
  return buildLetter(db, {
    refCode: newRefCode(),
    writerId: writer.id,
    prisonerId: prisoner.id,
    facilityId,
    status: 'dispatched',
  });
}

async function upload(who: SignedInVolunteer, fields: Record<string, string>, files: Buffer[] = []) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const file of files) form.append('file', new Blob([new Uint8Array(file)]), 'upload.bin');
  const res = await app.app.request('/api/volunteer/replies', {
    method: 'POST',
    headers: who.headers,
    body: form,
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function call(who: SignedInVolunteer | undefined, method: string, url: string, body?: unknown) {
  const res = await app.call(method, url, body, who?.headers ?? { 'x-letterbridge-csrf': '1' });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function letterStatus(id: string) {
  const [row] = await app.runtime.db
    .select({ status: letters.status })
    .from(letters)
    .where(eq(letters.id, id));
  return row!.status;
}

describe('intake', () => {
  it('asks for a session and the right role', async () => {
    expect((await call(undefined, 'GET', '/api/volunteer/replies')).status).toBe(401);
    const coordinator = await signInVolunteer(app.runtime.db, app.runtime.keys, app.runtime.config, [
      'coordinator',
    ]);
    expect((await upload(coordinator, { text: RUSSIAN })).status).toBe(403);
  });

  it('matches an e-letter reply by the code in its text, and takes the text as the transcription', async () => {
    const letter = await sentLetter();
    const res = await upload(dispatcher, { text: `${RUSSIAN}\nК письму ${letter.refCode}` });
    expect(res).toMatchObject({
      status: 201,
      json: { letterId: letter.id, matchedBy: 'text_ref_code', delivered: true, ocrQueued: false },
    });
    expect(await letterStatus(letter.id)).toBe('delivered');
    const view = await call(moderator, 'GET', `/api/volunteer/replies/${String(res.json.replyId)}`);
    expect(view.json).toMatchObject({
      receivedVia: 'e_letter',
      ocrDraft: null,
      letter: { refCode: letter.refCode },
    });
    expect(view.json.transcription).toContain(RUSSIAN);
  });

  it('refuses files that are not JPEG, PNG or PDF, whatever their name, and stores nothing', async () => {
    const before = await app.runtime.db.select().from(replies);
    const res = await upload(dispatcher, {}, [Buffer.from('<html>not a scan</html>')]);
    expect(res).toMatchObject({ status: 400, json: { error: { code: 'file_type_not_allowed' } } });
    expect(await app.runtime.db.select().from(replies)).toHaveLength(before.length);
  });

  it('stores scans re-encoded without metadata, under random names, readable only by the service', async () => {
    const letter = await sentLetter();
    const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#f4f1ea' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Ivan Ivanov', Copyright: 'cell 12' } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const res = await upload(dispatcher, { refCode: letter.refCode }, [photo]);
    expect(res).toMatchObject({ status: 201, json: { matchedBy: 'ref_code', ocrQueued: true } });
    const [file] = await app.runtime.db
      .select()
      .from(replyFiles)
      .where(eq(replyFiles.replyId, String(res.json.replyId)));
    expect(file!.path).toMatch(/^replies\/[0-9a-f]{32}\.jpg$/);
    const stored = replyFilePath(app.runtime.config.dataDir, file!.path);
    expect(fs.statSync(stored).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(stored)).mode & 0o777).toBe(0o700);
    expect((await sharp(fs.readFileSync(stored)).metadata()).exif).toBeUndefined();
  });

  it('reads the text layer of a typed PDF and matches the code it finds', async () => {
    const letter = await sentLetter();
    const pdf = await renderTypedPdf([RUSSIAN, `Ответ на письмо ${letter.refCode}`]);
    const res = await upload(dispatcher, {}, [pdf]);
    expect(res.json).toMatchObject({ letterId: null, ocrQueued: true });
    await app.runJobs();
    const view = await call(moderator, 'GET', `/api/volunteer/replies/${String(res.json.replyId)}`);
    expect(view.json).toMatchObject({
      receivedVia: 'pdf',
      letter: { id: letter.id },
      ocrDraft: { engine: 'pdf-text' },
    });
    // The PDF is downloaded, never rendered under the app's origin.
    const fileId = (view.json.files as { id: string }[])[0]!.id;
    const file = await app.app.request(`/api/volunteer/replies/${String(res.json.replyId)}/files/${fileId}`, {
      headers: moderator.headers,
    });
    expect(file.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
  }, 60_000);

  it('marks the letter stopped when blank reply forms came back, storing nothing', async () => {
    const letter = await sentLetter();
    const before = (await app.runtime.db.select().from(replies)).length;
    const res = await upload(dispatcher, {
      kind: 'blank_forms',
      refCode: letter.refCode,
      note: 'two blank forms',
    });
    expect(res).toMatchObject({ status: 201, json: { replyId: null, letterId: letter.id } });
    expect(await letterStatus(letter.id)).toBe('returned');
    const [event] = await app.runtime.db
      .select()
      .from(letterEvents)
      .where(and(eq(letterEvents.letterId, letter.id), eq(letterEvents.toStatus, 'returned')));
    expect(event!.data).toMatchObject({ cause: 'blank_forms', note: 'two blank forms' });
    expect((await app.runtime.db.select().from(replies)).length).toBe(before);
  });
});

describe('matching by hand', () => {
  it('finds sent letters by prisoner name, matches, and may correct the match until forwarded', async () => {
    const first = await sentLetter();
    const second = await sentLetter();
    const res = await upload(dispatcher, { text: RUSSIAN });
    const replyId = String(res.json.replyId);
    expect(res.json.matchedBy).toBeNull();
    const found = await call(
      dispatcher,
      'GET',
      `/api/volunteer/replies/letter-candidates?q=${encodeURIComponent('Петров')}`,
    );
    const refs = (found.json.letters as { refCode: string }[]).map((l) => l.refCode);
    expect(refs).toEqual(expect.arrayContaining([first.refCode, second.refCode]));
    const byCode = await call(
      dispatcher,
      'GET',
      `/api/volunteer/replies/letter-candidates?q=${first.refCode}`,
    );
    expect((byCode.json.letters as { refCode: string }[]).map((l) => l.refCode)).toEqual([first.refCode]);

    expect(
      await call(moderator, 'PUT', `/api/volunteer/replies/${replyId}/transcription`, {
        text: RUSSIAN,
        submit: true,
      }),
    ).toMatchObject({
      status: 409,
      json: { error: { code: 'reply_not_matched' } },
    });
    expect(
      await call(dispatcher, 'POST', `/api/volunteer/replies/${replyId}/match`, { letterId: first.id }),
    ).toMatchObject({
      status: 200,
      json: { delivered: true },
    });
    expect(
      await call(dispatcher, 'POST', `/api/volunteer/replies/${replyId}/match`, { refCode: second.refCode }),
    ).toMatchObject({
      status: 200,
      json: { letterId: second.id },
    });
    // Typed as the dashboard accepts it: lower case, a space for the dash.
    const typed = `lb ${first.refCode.slice(3).toLowerCase()}`;
    expect(
      await call(dispatcher, 'POST', `/api/volunteer/replies/${replyId}/match`, { refCode: typed }),
    ).toMatchObject({
      status: 200,
      json: { letterId: first.id },
    });
    expect(
      await call(dispatcher, 'POST', `/api/volunteer/replies/${replyId}/match`, { refCode: 'LB-ZZZZZZ' }),
    ).toMatchObject({
      status: 404,
    });
  });
});

describe('transcription, translation and review', () => {
  async function matchedReply(language = 'de') {
    const letter = await sentLetter(language);
    const res = await upload(dispatcher, { text: RUSSIAN, letterId: letter.id });
    return { letter, replyId: String(res.json.replyId) };
  }
  const url = (id: string, step: string) => `/api/volunteer/replies/${id}/${step}`;

  it('needs the ru-<writer language> pair to translate', async () => {
    const { replyId } = await matchedReply('fr');
    await call(moderator, 'PUT', url(replyId, 'transcription'), { text: RUSSIAN, submit: true });
    expect(
      await call(translator, 'PUT', url(replyId, 'translation'), { text: 'Bonjour', submit: false }),
    ).toMatchObject({
      status: 403,
    });
  });

  it('goes straight to review for a writer who reads Russian, and emails the Russian text', async () => {
    const { replyId } = await matchedReply('ru');
    expect(
      await call(moderator, 'PUT', url(replyId, 'transcription'), { text: RUSSIAN, submit: true }),
    ).toMatchObject({
      json: { status: 'reviewing' },
    });
    // The transcriber may not approve their own work.
    expect(await call(moderator, 'POST', url(replyId, 'forward'), {})).toMatchObject({
      status: 403,
      json: { error: { code: 'own_work' } },
    });
    expect(await call(secondModerator, 'POST', url(replyId, 'send-back'), { reason: 'typo' })).toMatchObject({
      status: 409,
      json: { error: { code: 'no_translation' } },
    });
    expect((await call(secondModerator, 'POST', url(replyId, 'forward'), {})).status).toBe(200);
    await app.runJobs();
    const emailed = await app.runtime.db
      .select()
      .from(replyEvents)
      .where(and(eq(replyEvents.replyId, replyId), eq(replyEvents.name, 'emailed')));
    expect(emailed[0]!.data).toMatchObject({ attachments: 0 });
  });

  it('sends a translation back with a note, then forwards the corrected one', async () => {
    const { replyId } = await matchedReply('de');
    await call(moderator, 'PUT', url(replyId, 'transcription'), { text: RUSSIAN, submit: true });
    await call(translator, 'PUT', url(replyId, 'translation'), { text: 'Hallo! Danke.', submit: false });
    expect(
      await call(translator, 'PUT', url(replyId, 'translation'), {
        text: 'Hallo! Danke für den Brief.',
        submit: true,
      }),
    ).toMatchObject({
      json: { status: 'reviewing' },
    });
    expect(
      await call(moderator, 'POST', url(replyId, 'send-back'), { reason: 'Zweiter Satz fehlt.' }),
    ).toMatchObject({
      status: 200,
    });
    const back = await call(moderator, 'GET', `/api/volunteer/replies/${replyId}`);
    expect(back.json).toMatchObject({
      status: 'translating',
      translation: { status: 'draft', language: 'de' },
    });
    await call(translator, 'PUT', url(replyId, 'translation'), {
      text: 'Hallo! Danke für den Brief. Mir geht es gut, ich lese viel.',
      submit: true,
    });
    expect((await call(moderator, 'POST', url(replyId, 'forward'), {})).status).toBe(200);
    const done = await call(moderator, 'GET', `/api/volunteer/replies/${replyId}`);
    expect(done.json).toMatchObject({ status: 'forwarded', translation: { status: 'approved' } });
    expect(
      await call(dispatcher, 'POST', url(replyId, 'match'), { letterId: (await sentLetter()).id }),
    ).toMatchObject({
      status: 409,
      json: { error: { code: 'reply_is_forwarded' } },
    });
  });

  it('refuses work on a reply another volunteer holds', async () => {
    const { replyId } = await matchedReply('de');
    const { db, config } = app.runtime;
    const holder = await signInVolunteer(db, app.runtime.keys, config, ['moderator']);
    await takeItem(
      db,
      config,
      { id: holder.id, roles: ['moderator'], languagePairs: [], sessionHash: '' },
      'reply',
      replyId,
    );
    expect(
      await call(moderator, 'PUT', url(replyId, 'transcription'), { text: RUSSIAN, submit: false }),
    ).toMatchObject({
      status: 409,
      json: { error: { code: 'item_taken' } },
    });
  });
});

describe('files for the writer, and purging', () => {
  it('serves a forwarded scan only to the letter writer, and purges it with the texts', async () => {
    const { db, config } = app.runtime;
    const letter = await sentLetter('ru');
    const scan = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    const res = await upload(dispatcher, { letterId: letter.id }, [scan]);
    const replyId = String(res.json.replyId);
    await app.runJobs();
    await call(moderator, 'PUT', `/api/volunteer/replies/${replyId}/transcription`, {
      text: RUSSIAN,
      submit: true,
    });
    await call(secondModerator, 'POST', `/api/volunteer/replies/${replyId}/forward`, {});
    const [file] = await db.select().from(replyFiles).where(eq(replyFiles.replyId, replyId));
    const own = await replyScanForWriter(db, config.dataDir, letter.writerId, replyId, file!.id);
    expect(own?.mimeType).toBe('image/png');
    const stranger = (await buildWriter(db)).id;
    expect(await replyScanForWriter(db, config.dataDir, stranger, replyId, file!.id)).toBeUndefined();

    const stored = replyFilePath(config.dataDir, file!.path);
    expect(await purgeReplies(db, config.dataDir, [replyId])).toBe(1);
    expect(fs.existsSync(stored)).toBe(false);
    const [row] = await db.select().from(replies).where(eq(replies.id, replyId));
    expect(row).toMatchObject({ transcription: null, ocrDraft: null });
    expect(row!.purgedAt).not.toBeNull();
  });

  it('documents the routes in the OpenAPI description', async () => {
    const res = await app.app.request('/api/openapi.json');
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/volunteer/replies',
        '/volunteer/replies/{id}/transcription',
        '/stats/facilities',
      ]),
    );
  });
});
