/**
 * The writer's side of the reply loop over HTTP: the thread lists only replies forwarded to this
 * writer, scans download only for their writer, answering a reply in the same thread, and
 * deleting one's data purges the replies — scan files on disk and texts in the database.
 */
import fs from 'node:fs';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { buildLetter, buildPrisoner, buildWriter } from '../../test/factories';
import { letters, replies, replyFiles, translations } from '../db/schema';
import { buildReplyWithContent } from '../replies/fixtures';
import { replyFilePath } from '../replies/storage';
import { createWriterSession, WRITER_COOKIE } from './session';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.from('a scanned page')]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Buffer.from('page two')]);

/** A writer with a session, a delivered letter to a new prisoner, and a forwarded reply with two scans. */
async function writerWithReply() {
  const { db, config } = t.runtime;
  const writer = await buildWriter(db);
  const cookie = `${WRITER_COOKIE}=${await createWriterSession(db, writer.id)}`;
  const prisoner = await buildPrisoner(db);
  const letter = await buildLetter(db, { writerId: writer.id, prisonerId: prisoner.id, status: 'delivered' });
  const { reply, files } = await buildReplyWithContent(db, config.dataDir, {
    letterId: letter.id,
    transcription: 'Здравствуйте! Спасибо за письмо.',
    ocrDraft: 'Здравствуйте! Спасибо за пиcьмо.',
    translation: { text: 'Hello! Thank you for the letter.', language: 'en' },
    scans: [
      { bytes: JPEG, type: 'image/jpeg' },
      { bytes: PNG, type: 'image/png' },
    ],
  });
  return { writer, cookie, prisoner, letter, reply, files };
}

type ThreadReply = {
  id: string;
  letterId: string;
  translation: string | null;
  original: string | null;
  scans: { id: string; mimeType: string; bytes: number }[];
  canAnswer: boolean;
};

async function thread(cookie: string): Promise<ThreadReply[]> {
  const res = await t.call('GET', '/api/writer/replies', undefined, { cookie });
  expect(res.status).toBe(200);
  return ((await res.json()) as { replies: ThreadReply[] }).replies;
}

describe('the writer’s replies', () => {
  it('lists only the replies forwarded to this writer', async () => {
    const mine = await writerWithReply();
    // Still being translated: not the writer's to see yet.
    await buildReplyWithContent(t.runtime.db, t.runtime.config.dataDir, {
      letterId: mine.letter.id,
      status: 'translating',
      transcription: 'Ещё не готово.',
    });
    const theirs = await writerWithReply();

    const list = await thread(mine.cookie);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: mine.reply.id,
      letterId: mine.letter.id,
      translation: 'Hello! Thank you for the letter.',
      original: 'Здравствуйте! Спасибо за письмо.',
      canAnswer: true,
      scans: [
        { id: mine.files[0]!.id, mimeType: 'image/jpeg', bytes: JPEG.length },
        { id: mine.files[1]!.id, mimeType: 'image/png', bytes: PNG.length },
      ],
    });
    expect(JSON.stringify(list)).not.toContain('пиcьмо'); // the OCR draft is never shown
    expect((await thread(theirs.cookie)).map((r) => r.id)).toEqual([theirs.reply.id]);
    expect((await t.call('GET', '/api/writer/replies')).status).toBe(401);
  });

  it('downloads a scan for its writer only, as a private attachment', async () => {
    const mine = await writerWithReply();
    const other = await writerWithReply();
    const url = `/api/writer/replies/${mine.reply.id}/scans/${mine.files[1]!.id}`;

    const res = await t.call('GET', url, undefined, { cookie: mine.cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="letterbridge-reply-${mine.letter.refCode}-${mine.files[1]!.id.slice(0, 8)}.png"`,
    );
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);

    const stranger = await t.call('GET', url, undefined, { cookie: other.cookie });
    expect(stranger.status).toBe(404);
    expect(await stranger.json()).toMatchObject({ error: { code: 'reply_scan_not_found' } });
    // A file of one reply asked for under another reply's id is not found either.
    const crossed = `/api/writer/replies/${other.reply.id}/scans/${mine.files[0]!.id}`;
    expect((await t.call('GET', crossed, undefined, { cookie: other.cookie })).status).toBe(404);
    expect(
      (await t.call('GET', `/api/writer/replies/x/scans/y`, undefined, { cookie: mine.cookie })).status,
    ).toBe(404);
  });

  it('does not serve the scan of a reply still being worked on', async () => {
    const mine = await writerWithReply();
    const { reply, files } = await buildReplyWithContent(t.runtime.db, t.runtime.config.dataDir, {
      letterId: mine.letter.id,
      status: 'reviewing',
      scans: [{ bytes: JPEG, type: 'image/jpeg' }],
    });
    const res = await t.call('GET', `/api/writer/replies/${reply.id}/scans/${files[0]!.id}`, undefined, {
      cookie: mine.cookie,
    });
    expect(res.status).toBe(404);
  });

  it('exports the replies the writer received', async () => {
    const mine = await writerWithReply();
    const res = await t.call('GET', '/api/writer/export', undefined, { cookie: mine.cookie });
    const data = (await res.json()) as { replies: ThreadReply[] };
    expect(data.replies).toHaveLength(1);
    expect(data.replies[0]).toMatchObject({
      id: mine.reply.id,
      translation: 'Hello! Thank you for the letter.',
      original: 'Здравствуйте! Спасибо за письмо.',
    });
  });
});

describe('deleting my data', () => {
  it('removes the replies’ scan files from disk and their texts from the database', async () => {
    const { db, config } = t.runtime;
    const mine = await writerWithReply();
    const inProgress = await buildReplyWithContent(db, config.dataDir, {
      letterId: mine.letter.id,
      status: 'translating',
      transcription: 'Черновик расшифровки.',
      scans: [{ bytes: JPEG, type: 'image/jpeg' }],
    });
    const other = await writerWithReply();
    const paths = [...mine.files, ...inProgress.files].map((f) => replyFilePath(config.dataDir, f.path));
    expect(paths.every((p) => fs.existsSync(p))).toBe(true);

    const res = await t.call('DELETE', '/api/writer', undefined, { cookie: mine.cookie });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ withdrawn: 0, purged: 1, repliesPurged: 2 });

    expect(paths.filter((p) => fs.existsSync(p))).toEqual([]);
    const ids = [mine.reply.id, inProgress.reply.id];
    const rows = await db.select().from(replies).where(inArray(replies.id, ids));
    expect(rows.map((r) => ({ transcription: r.transcription, ocrDraft: r.ocrDraft }))).toEqual([
      { transcription: null, ocrDraft: null },
      { transcription: null, ocrDraft: null },
    ]);
    expect(rows.every((r) => r.purgedAt !== null)).toBe(true);
    expect(await db.select().from(replyFiles).where(inArray(replyFiles.replyId, ids))).toEqual([]);
    const texts = await db.select().from(translations).where(inArray(translations.replyId, ids));
    expect(texts.map((x) => x.text)).toEqual([null]);

    // Another writer's reply is untouched.
    expect(fs.existsSync(replyFilePath(config.dataDir, other.files[0]!.path))).toBe(true);
    const [kept] = await db.select().from(replies).where(eq(replies.id, other.reply.id));
    expect(kept!.transcription).toBe('Здравствуйте! Спасибо за письмо.');
  });
});

describe('answering a reply', () => {
  const letterTo = (prisonerId: string, email: string, inReplyToReplyId: string) => ({
    prisonerId,
    email,
    language: 'en',
    body: 'Thank you for your reply! It made my week. Here it is spring already.',
    inReplyToReplyId,
  });

  it('records which reply the new letter answers', async () => {
    const mine = await writerWithReply();
    const res = await t.call(
      'POST',
      '/api/letters',
      letterTo(mine.prisoner.id, mine.writer.email, mine.reply.id),
    );
    expect(res.status).toBe(202);
    const { refCode } = (await res.json()) as { refCode: string };
    const [row] = await t.runtime.db.select().from(letters).where(eq(letters.refCode, refCode));
    expect(row).toMatchObject({ writerId: mine.writer.id, inReplyToReplyId: mine.reply.id });
  });

  it('refuses another writer’s reply, a reply from someone else, and a person who cannot receive letters', async () => {
    const { db } = t.runtime;
    const mine = await writerWithReply();
    const other = await writerWithReply();

    const stolen = await t.call(
      'POST',
      '/api/letters',
      letterTo(other.prisoner.id, mine.writer.email, other.reply.id),
    );
    expect(stolen.status).toBe(404);
    expect(await stolen.json()).toMatchObject({ error: { code: 'reply_not_found' } });

    const elsewhere = await buildPrisoner(db);
    const crossed = await t.call(
      'POST',
      '/api/letters',
      letterTo(elsewhere.id, mine.writer.email, mine.reply.id),
    );
    expect(crossed.status).toBe(400);
    expect(await crossed.json()).toMatchObject({ error: { code: 'reply_from_someone_else' } });

    const released = await buildPrisoner(db, { status: 'released' });
    const freed = await buildLetter(db, {
      writerId: mine.writer.id,
      prisonerId: released.id,
      status: 'delivered',
    });
    const late = await buildReplyWithContent(db, t.runtime.config.dataDir, { letterId: freed.id });
    const closed = await t.call(
      'POST',
      '/api/letters',
      letterTo(released.id, mine.writer.email, late.reply.id),
    );
    expect(closed.status).toBe(409);
    expect(await closed.json()).toMatchObject({ error: { code: 'prisoner_cannot_receive_letters' } });
    expect((await thread(mine.cookie)).find((r) => r.id === late.reply.id)?.canAnswer).toBe(false);

    const count = await db.select().from(letters).where(eq(letters.writerId, mine.writer.id));
    expect(count).toHaveLength(2); // the seeded letters only
  });
});
