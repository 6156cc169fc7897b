import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../../../shared/csrf';
import { MAX_PHOTO_BYTES } from '../../../shared/limits';
import { createTestApp, type TestApp } from '../../../test/app';
import { buildPrisoner } from '../../../test/factories';
import { buildVolunteer, volunteerCookie } from '../../../test/volunteers';
import { auditLog, prisoners } from '../../db/schema';

let t: TestApp;
let coordinator: string;

beforeAll(async () => {
  t = await createTestApp();
  const v = await buildVolunteer(t.runtime.db, { roles: ['coordinator'] });
  coordinator = await volunteerCookie(t.runtime.db, t.runtime.config, v.id);
});
afterAll(() => t.close());

/** A camera JPEG with the photographer's name and a GPS position in its EXIF. */
const cameraJpeg = (width = 1200, height = 900, background = '#5a8cc8') =>
  sharp({ create: { width, height, channels: 3, background } })
    .withExif({
      IFD0: { Artist: 'Marina Lebedeva', Make: 'PhoneCo' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '55/1 45/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '37/1 37/1 0/1',
      },
    })
    .jpeg()
    .toBuffer();

const upload = (id: string, bytes: Buffer, name: string, cookie = coordinator) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), name);
  return t.app.request(`/api/coordinator/prisoners/${id}/photo`, {
    method: 'POST',
    headers: { cookie, [CSRF_HEADER]: CSRF_HEADER_VALUE },
    body: form,
  });
};

const storedPath = async (id: string) =>
  (await t.runtime.db.select({ p: prisoners.photoPath }).from(prisoners).where(eq(prisoners.id, id)))[0]?.p;

interface PhotoRecord {
  photoUrl: string | null;
}

describe('a person’s photo', () => {
  it('re-encodes a camera JPEG to a square WebP without EXIF or GPS, audited, served publicly when listed', async () => {
    const { db } = t.runtime;
    const person = await buildPrisoner(db, { consentToList: true });
    const original = await cameraJpeg();
    expect(original.toString('latin1')).toContain('Marina Lebedeva');

    const res = await upload(person.id, original, 'IMG_0001.jpg');
    expect(res.status).toBe(200);
    const record = (await res.json()) as PhotoRecord;
    expect(record.photoUrl).toMatch(
      new RegExp(`^/api/coordinator/prisoners/${person.id}/photo\\?v=[0-9a-f]{16}$`),
    );

    const relative = await storedPath(person.id);
    expect(relative).toMatch(/^photos\/[0-9a-f]{64}\.webp$/);
    const file = path.join(t.runtime.config.dataDir, 'uploads', relative!);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    // The public card carries our own URL; the picture behind it has no metadata at all.
    const card = (await (await t.call('GET', `/api/prisoners/${person.id}`)).json()) as PhotoRecord;
    expect(card.photoUrl).toMatch(new RegExp(`^/api/prisoners/${person.id}/photo\\?v=[0-9a-f]{16}$`));
    const served = await t.call('GET', card.photoUrl!);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const bytes = Buffer.from(await served.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(meta.format).toBe('webp');
    expect([meta.width, meta.height]).toEqual([400, 400]);
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(bytes.toString('latin1')).not.toContain('Marina Lebedeva');
    expect(bytes.toString('latin1')).not.toContain('PhoneCo');

    // The ETag is the picture's hash: a revalidation costs nothing.
    const etag = served.headers.get('etag')!;
    expect(etag).toBe(`"${relative!.slice(7, 71)}"`);
    expect((await t.call('GET', card.photoUrl!, undefined, { 'if-none-match': etag })).status).toBe(304);

    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'directory.prisoner_photo'), eq(auditLog.subjectId, person.id)));
    expect(audit?.data).toEqual({ changes: { photo: { from: null, to: relative!.slice(7, 71) } } });
  });

  it('accepts a PNG; replacing and removing delete the old picture', async () => {
    const person = await buildPrisoner(t.runtime.db, { consentToList: true });
    const png = await sharp({ create: { width: 300, height: 500, channels: 4, background: '#c84' } })
      .png()
      .toBuffer();
    expect((await upload(person.id, png, 'portrait.png')).status).toBe(200);
    const first = path.join(t.runtime.config.dataDir, 'uploads', (await storedPath(person.id))!);
    expect(fs.existsSync(first)).toBe(true);

    // (A picture another person also has would stay: files are shared by content.)
    expect((await upload(person.id, await cameraJpeg(800, 800, '#3a7'), 'new.jpg')).status).toBe(200);
    const second = path.join(t.runtime.config.dataDir, 'uploads', (await storedPath(person.id))!);
    expect(fs.existsSync(first)).toBe(false);

    const removed = await t.call('DELETE', `/api/coordinator/prisoners/${person.id}/photo`, undefined, {
      cookie: coordinator,
    });
    expect(removed.status).toBe(200);
    expect(((await removed.json()) as PhotoRecord).photoUrl).toBeNull();
    expect(await storedPath(person.id)).toBeNull();
    expect(fs.existsSync(second)).toBe(false);
    expect((await t.call('GET', `/api/prisoners/${person.id}/photo`)).status).toBe(404);
  });

  it('refuses a text file named .jpg, an oversized file and a decompression bomb, storing nothing', async () => {
    const person = await buildPrisoner(t.runtime.db, { consentToList: true });
    const text = await upload(person.id, Buffer.from('Dear Anna,\nthis is not a picture.\n'), 'photo.jpg');
    expect(text.status).toBe(415);
    expect(await text.json()).toMatchObject({ error: { code: 'unsupported_file_type' } });

    const large = Buffer.concat([await cameraJpeg(16, 16), Buffer.alloc(MAX_PHOTO_BYTES, 0)]);
    const big = await upload(person.id, large, 'large.jpg');
    expect(big.status).toBe(413);
    const tooLarge = (await big.json()) as { error: { code: string; message: string } };
    expect(tooLarge.error.code).toBe('file_too_large');
    expect(tooLarge.error.message).toContain('8 MB');

    // 10 000 × 10 000 pixels of one colour compress to a few kilobytes but would take 300 MB to decode.
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(MAX_PHOTO_BYTES);
    const refused = await upload(person.id, bomb, 'bomb.png');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: 'file_unreadable' } });
    expect(await storedPath(person.id)).toBeNull();
  });

  it('lets only coordinators change photos, and never shows an unlisted person’s publicly', async () => {
    const { db, config } = t.runtime;
    const hidden = await buildPrisoner(db, { consentToList: false });
    const dispatcher = await volunteerCookie(
      db,
      config,
      (await buildVolunteer(db, { roles: ['dispatcher'] })).id,
    );
    const denied = await upload(hidden.id, await cameraJpeg(), 'a.jpg', dispatcher);
    expect(denied.status).toBe(403);
    expect(await storedPath(hidden.id)).toBeNull();

    expect((await upload(hidden.id, await cameraJpeg(), 'a.jpg')).status).toBe(200);
    // The dashboard sees it; the public URL does not exist for them, nor the card.
    const mine = await t.call('GET', `/api/coordinator/prisoners/${hidden.id}/photo`, undefined, {
      cookie: dispatcher,
    });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toMatch(/^private/);
    expect((await t.call('GET', `/api/prisoners/${hidden.id}/photo`)).status).toBe(404);
    expect((await t.call('GET', `/api/prisoners/${hidden.id}`)).status).toBe(404);
    expect((await t.call('GET', `/api/coordinator/prisoners/${hidden.id}/photo`)).status).toBe(401);
  });
});
