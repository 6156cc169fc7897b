import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sniffUploadType, validateUpload } from './index';

const photo = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .withExif({
      IFD0: { Artist: 'Anna Petrova', Copyright: 'Anna' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 45/1 0/1' },
    })
    .jpeg()
    .toBuffer();

const pdf = (body: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog ${body} >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );

describe('uploads', () => {
  it('decides the type by content, not by name', async () => {
    expect(sniffUploadType(await photo())).toBe('image/jpeg');
    expect(sniffUploadType(Buffer.from('<html><script>alert(1)</script></html>'))).toBeUndefined();
    expect(sniffUploadType(pdf(''))).toBe('application/pdf');
    await expect(
      validateUpload(Buffer.from('<svg onload="alert(1)"/>'), { accept: ['image/jpeg', 'image/png'] }),
    ).rejects.toMatchObject({
      status: 415,
      code: 'unsupported_file_type',
    });
  });

  it('re-encodes images without EXIF, GPS or the author name', async () => {
    const original = await photo();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    expect(original.toString('latin1')).toContain('Anna Petrova');
    const clean = await validateUpload(original, { accept: ['image/jpeg'] });
    expect(clean.type).toBe('image/jpeg');
    const meta = await sharp(clean.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(clean.bytes.toString('latin1')).not.toContain('Anna Petrova');
    expect([meta.width, meta.height]).toEqual([64, 48]);
  });

  it('refuses oversized files, undecodable images and PDFs with active content', async () => {
    await expect(
      validateUpload(Buffer.alloc(2048, 1), { accept: ['image/png'], maxBytes: 1024 }),
    ).rejects.toMatchObject({ status: 413 });
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 7)]);
    await expect(validateUpload(broken, { accept: ['image/jpeg'] })).rejects.toMatchObject({
      code: 'file_unreadable',
    });
    await expect(
      validateUpload(pdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'), {
        accept: ['application/pdf'],
      }),
    ).rejects.toMatchObject({
      code: 'pdf_active_content',
    });
    await expect(
      validateUpload(pdf('/Names << /J#61vaScript 2 0 R >>'), { accept: ['application/pdf'] }),
    ).rejects.toMatchObject({
      code: 'pdf_active_content',
    });
    expect((await validateUpload(pdf('/Pages 2 0 R'), { accept: ['application/pdf'] })).type).toBe(
      'application/pdf',
    );
  });
});
