/**
 * Post over HTTP: a print batch begins each letter's dispatch, its PDF streams with the recipient
 * block in the dative and the Russian text (read back with pdftotext), and "posted" completes the
 * batch with tracking numbers — each step safe to repeat.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages, pdfPageSizes, squash } from '../channels/pdf-text';
import { dispatchAttempts, letters } from '../db/schema';
import { createConsoleTestApp, seedApprovedLetter, seedRealFacility, type ConsoleTestApp } from './fixtures';

type BatchBody = {
  batchId: string;
  pdfUrl: string;
  letterIds: string[];
  skipped: { letterId: string; code: string }[];
  resumed: boolean;
};
type PostedBody = { posted: string[]; already: string[]; refused: { letterId: string; code: string }[] };
type ErrorBody = { error: { code: string } };

let app: ConsoleTestApp;
let dir: string;
const ids: string[] = [];
let female: string;
let eLetter: string;
const base = '/api/volunteer/dispatch/post-batches';
const SENDER = {
  name: 'Letterbridge e.V.',
  lines: ['Postfach 12 34 56', '10115 Berlin'],
  country: 'DE',
  countryName: 'GERMANY',
};

beforeAll(async () => {
  app = await createConsoleTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-post-batch-'));
  const { db } = app.t.runtime;
  const ik6 = await seedRealFacility(db, 'ФКУ ИК-6 УФСИН России по Владимирской области');
  const karelia = await seedRealFacility(db, 'ФКУ ИК-7 УФСИН России по Республике Карелия');
  const withFsin = await seedRealFacility(db, 'ФКУ ИК-2 УФСИН России по Владимирской области', [
    { channel: 'fsin_pismo' },
  ]);
  ids.push((await seedApprovedLetter(db, { facilityId: ik6.id })).letter.id);
  ids.push((await seedApprovedLetter(db, { facilityId: ik6.id })).letter.id);
  female = (
    await seedApprovedLetter(db, {
      facilityId: karelia.id,
      prisoner: {
        surname: 'Скочиленко',
        givenName: 'Александра',
        patronymic: 'Юрьевна',
        fullName: 'Скочиленко Александра Юрьевна',
        gender: 'female',
        birthYear: 1990,
      },
    })
  ).letter.id;
  ids.push(female);
  eLetter = (await seedApprovedLetter(db, { facilityId: withFsin.id })).letter.id;
  // Postage in euros, as an organisation posting from Germany pays it.
  await app.as('coordinator', 'PUT', '/api/volunteer/dispatch/budgets/post', {
    unitPriceMinor: 180,
    replyBlankMinor: 180,
    currency: 'EUR',
  });
}, 180_000);
afterAll(async () => {
  await app?.t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function download(url: string): Promise<{ res: Response; file: string }> {
  const res = (await app.as('dispatcher', 'GET', url)).res;
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  if (res.ok) fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return { res, file };
}

describe('post batches', () => {
  let batch: BatchBody;

  it('begins the dispatch of each letter under one batch, and a double click makes no second batch', async () => {
    const made = await app.as<BatchBody>('dispatcher', 'POST', base, { letterIds: ids, envelope: 'C5' });
    expect(made.status).toBe(201);
    batch = made.body;
    expect(batch.letterIds.sort()).toEqual([...ids].sort());
    expect(batch.skipped).toEqual([]);
    expect(batch.pdfUrl).toBe(`${base}/${batch.batchId}.pdf`);
    const rows = await app.t.runtime.db.select().from(letters).where(inArray(letters.id, ids));
    expect(rows.map((r) => [r.status, r.channel])).toEqual(ids.map(() => ['dispatching', 'post']));

    const again = await app.as<BatchBody>('dispatcher', 'POST', base, { letterIds: ids, envelope: 'C5' });
    expect(again.body).toMatchObject({ batchId: batch.batchId, resumed: true });
    const attempts = await app.t.runtime.db
      .select()
      .from(dispatchAttempts)
      .where(inArray(dispatchAttempts.letterId, ids));
    expect(attempts).toHaveLength(3);

    const queue = await app.as<{ batches: { id: string; letters: { id: string }[] }[] }>(
      'dispatcher',
      'GET',
      '/api/volunteer/dispatch/queue',
    );
    expect(queue.body.batches.map((b) => [b.id, b.letters.length])).toEqual([[batch.batchId, 3]]);
  });

  it('needs the return address before it can print', async () => {
    const before = await app.as<{ postSenderSet: boolean }>(
      'dispatcher',
      'GET',
      '/api/volunteer/dispatch/queue',
    );
    expect(before.body.postSenderSet).toBe(false);
    const res = await app.as<ErrorBody>('dispatcher', 'GET', batch.pdfUrl);
    expect([res.status, res.body.error.code]).toEqual([409, 'post_sender_missing']);
    const set = await app.as('admin', 'PUT', '/api/admin/settings/post_sender', { value: SENDER });
    expect(set.status).toBe(200);
    const after = await app.as<{ postSenderSet: boolean }>(
      'dispatcher',
      'GET',
      '/api/volunteer/dispatch/queue',
    );
    expect(after.body.postSenderSet).toBe(true);
  });

  it('streams one PDF with the dative recipient block and the Russian text of each letter', async () => {
    const { res, file } = await download(batch.pdfUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="letterbridge-post-[0-9a-f]{8}\.pdf"$/,
    );
    const text = squash(pdfPages(file).join('\n'));
    expect(text).toContain('Иванову Ивану Ивановичу, 1990 г.р.');
    expect(text).toContain('Скочиленко Александре Юрьевне, 1990 г.р.');
    expect(text).toContain('ФКУ ИК-6 УФСИН России по Владимирской области');
    expect(text).toContain('601967');
    expect(text).toContain('ул. Первомайская, д. 261а, п. Мелехово, Ковровский район, Владимирская область');
    expect(text).toContain('Ещё я учусь печь хлеб. Первые три буханки были похожи на кирпичи');
    expect(text).toContain('RUSSIAN FEDERATION');
    // The envelope chosen when the batch was made: C5, one per letter.
    expect(pdfPageSizes(file).filter((size) => size === '229x162')).toHaveLength(3);
    const reprint = await download(`${batch.pdfUrl}?envelope=DL`);
    expect(pdfPageSizes(reprint.file).filter((size) => size === '220x110')).toHaveLength(3);
  });

  it('answers an unknown batch or file name with 404', async () => {
    expect((await download(`${base}/00000000-0000-4000-8000-000000000000.pdf`)).res.status).toBe(404);
    expect((await download(`${base}/${batch.batchId}`)).res.status).toBe(404);
  });

  it('completes the batch as posted with tracking numbers, and a repeat changes nothing', async () => {
    const stranger = await app.as<ErrorBody>('dispatcher', 'POST', `${base}/${batch.batchId}/posted`, {
      trackingNumbers: [{ letterId: eLetter, trackingNumber: 'RR123456785DE' }],
    });
    expect([stranger.status, stranger.body.error.code]).toEqual([400, 'not_in_batch']);
    const tracking = [{ letterId: female, trackingNumber: 'RR123456785DE' }];
    const posted = await app.as<PostedBody>('dispatcher', 'POST', `${base}/${batch.batchId}/posted`, {
      trackingNumbers: tracking,
    });
    expect(posted.status).toBe(200);
    expect(posted.body.posted.sort()).toEqual([...ids].sort());
    const again = await app.as<PostedBody>('dispatcher', 'POST', `${base}/${batch.batchId}/posted`, {
      trackingNumbers: tracking,
    });
    expect(again.body).toMatchObject({ posted: [], refused: [] });
    expect(again.body.already.sort()).toEqual([...ids].sort());

    const { db } = app.t.runtime;
    const rows = await db.select().from(letters).where(inArray(letters.id, ids));
    expect(rows.every((r) => r.status === 'dispatched')).toBe(true);
    const attempts = await db.select().from(dispatchAttempts).where(inArray(dispatchAttempts.letterId, ids));
    expect(attempts.map((a) => a.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    expect(attempts.find((a) => a.letterId === female)!.externalRef).toBe('RR123456785DE');
    // Postage and the return stamp, in the currency the operator pays in.
    expect(attempts.map((a) => [a.costMinor, a.currency])).toEqual(ids.map(() => [360, 'EUR']));
    const budgets = await app.as<{ budgets: { channel: string; spentMinor: number; currency: string }[] }>(
      'dispatcher',
      'GET',
      '/api/volunteer/dispatch/queue',
    );
    expect(budgets.body.budgets.find((b) => b.channel === 'post')).toMatchObject({
      spentMinor: 1080,
      currency: 'EUR',
    });
  });

  it('leaves out letters that cannot go and says why', async () => {
    const made = await app.as<BatchBody | ErrorBody>('dispatcher', 'POST', base, {
      letterIds: [ids[0], eLetter],
    });
    // ids[0] is posted already; the e-letter can go by post too (the facility has a postcode).
    expect(made.status).toBe(201);
    const body = made.body as BatchBody;
    expect(body.letterIds).toEqual([eLetter]);
    expect(body.skipped).toEqual([
      expect.objectContaining({ letterId: ids[0], code: 'letter_is_dispatched' }),
    ]);
    const none = await app.as<ErrorBody>('dispatcher', 'POST', base, { letterIds: [ids[1]] });
    expect([none.status, none.body.error.code]).toEqual([409, 'nothing_to_batch']);
    const [row] = await app.t.runtime.db.select().from(letters).where(eq(letters.id, eLetter));
    expect(row!.status).toBe('dispatching');
  });
});
