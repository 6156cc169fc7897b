/**
 * Checks an uploaded reply file before anything is stored. The type is decided by the file's own
 * first bytes, never by its name or the browser's claim. Images are decoded and re-encoded with
 * sharp: that proves they are images, turns them upright, and drops every metadata block (EXIF
 * GPS, camera serials, embedded thumbnails) a scanner or phone may have added. PDFs cannot be
 * rebuilt safely here, so they are only checked for shape (header, end marker) and page count.
 *
 * Minimal on purpose: shared upload helpers were planned in `server/uploads/`; when they exist,
 * this file should defer to them.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { MAX_UPLOAD_BYTES } from '../../shared/limits';
import { badRequest } from '../errors';

const run = promisify(execFile);

/** The types a reply may arrive as. */
export const REPLY_FILE_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;

/** A reply file type. */
export type ReplyFileType = (typeof REPLY_FILE_TYPES)[number];

/** Largest image accepted, in pixels: a 600 dpi A3 scan is about 70 million. */
export const MAX_IMAGE_PIXELS = 80_000_000;

/** Most pages a reply PDF may have (a letter is a few pages; more is a mistake or an attack). */
export const MAX_PDF_PAGES = 30;

/** Most files in one reply. */
export const MAX_FILES_PER_REPLY = 20;

/** A file that passed the checks, ready to be stored. */
export interface CheckedFile {
  type: ReplyFileType;
  bytes: Buffer;
  /** File name extension for storage. */
  extension: 'jpg' | 'png' | 'pdf';
}

/** The type named by the file's first bytes, or undefined for anything else. */
export function sniffType(bytes: Buffer): ReplyFileType | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'image/png';
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return undefined;
}

async function cleanImage(bytes: Buffer, type: 'image/jpeg' | 'image/png'): Promise<Buffer> {
  try {
    // rotate() with no angle applies the EXIF orientation; output carries no metadata by default.
    const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' }).rotate();
    return type === 'image/jpeg'
      ? await image.jpeg({ quality: 90, mozjpeg: true }).toBuffer()
      : await image.png({ compressionLevel: 9 }).toBuffer();
  } catch {
    throw badRequest('file_unreadable', 'An image could not be read: it is damaged, or too large.');
  }
}

/** Page count from `pdfinfo`, or undefined when poppler is not installed. */
async function pdfPages(bytes: Buffer): Promise<number | undefined> {
  try {
    const child = run('pdfinfo', ['-'], { timeout: 20_000, maxBuffer: 1 << 20 });
    // pdfinfo may stop reading early; a broken pipe then is its answer, not ours to crash on.
    child.child.stdin?.on('error', () => undefined);
    child.child.stdin?.end(bytes);
    const { stdout } = await child;
    const pages = /^Pages:\s+(\d+)/m.exec(stdout)?.[1];
    return pages === undefined ? undefined : Number(pages);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw badRequest('file_unreadable', 'The PDF could not be read: it is damaged or encrypted.');
  }
}

async function checkPdf(bytes: Buffer): Promise<void> {
  // The end marker sits in the last kilobyte of any complete PDF; a cut-off upload lacks it.
  if (!bytes.subarray(-1024).toString('latin1').includes('%%EOF')) {
    throw badRequest('file_unreadable', 'The PDF is incomplete.');
  }
  const pages = await pdfPages(bytes);
  if (pages !== undefined && (pages < 1 || pages > MAX_PDF_PAGES)) {
    throw badRequest('too_many_pages', `A reply PDF may have at most ${MAX_PDF_PAGES} pages.`);
  }
}

/**
 * Checks one uploaded file and returns what may be stored (images re-encoded).
 * @throws AppError 400 `file_type_not_allowed`, `file_too_large`, `file_unreadable`, `too_many_pages`.
 */
export async function checkReplyFile(bytes: Buffer): Promise<CheckedFile> {
  if (bytes.length === 0) throw badRequest('file_unreadable', 'An uploaded file is empty.');
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw badRequest('file_too_large', `A file may be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
  }
  const type = sniffType(bytes);
  if (!type) {
    throw badRequest('file_type_not_allowed', 'Replies are accepted as JPEG or PNG scans, or as PDF.');
  }
  if (type === 'application/pdf') {
    await checkPdf(bytes);
    return { type, bytes, extension: 'pdf' };
  }
  return {
    type,
    bytes: await cleanImage(bytes, type),
    extension: type === 'image/jpeg' ? 'jpg' : 'png',
  };
}
