/**
 * Images are decoded and re-encoded with sharp: the output carries no EXIF (GPS position, camera
 * serial, owner name), XMP, IPTC or ICC blocks and no embedded thumbnail — only pixels, turned
 * upright first. Decompression bombs are refused by a pixel limit before decoding.
 */
import sharp from 'sharp';
import { badRequest } from '../errors';

/** Largest image accepted, in pixels (a 600 dpi A3 scan is about 70 million). */
export const MAX_IMAGE_PIXELS = 80_000_000;

/** Longest side of a stored image; larger ones are scaled down. */
export const MAX_IMAGE_SIDE = 4000;

/** A cleaned image. */
export interface CleanImage {
  type: 'image/jpeg' | 'image/png';
  bytes: Buffer;
  extension: 'jpg' | 'png';
  width: number;
  height: number;
}

/**
 * Re-encodes an image: PNG stays PNG (scans of handwriting compress well losslessly), everything
 * else becomes JPEG.
 * @throws AppError 400 `file_unreadable` when it does not decode or exceeds the pixel limit.
 */
export async function reencodeImage(bytes: Buffer): Promise<CleanImage> {
  try {
    const input = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' });
    const { format } = await input.metadata();
    // rotate() with no angle applies the EXIF orientation; sharp writes no metadata unless asked.
    const pipeline = input
      .rotate()
      .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true });
    const png = format === 'png';
    const { data, info } = await (
      png ? pipeline.png({ compressionLevel: 9 }) : pipeline.jpeg({ quality: 88, mozjpeg: true })
    ).toBuffer({
      resolveWithObject: true,
    });
    return {
      type: png ? 'image/png' : 'image/jpeg',
      bytes: data,
      extension: png ? 'png' : 'jpg',
      width: info.width,
      height: info.height,
    };
  } catch {
    throw badRequest('file_unreadable', 'The image could not be read: it is damaged, or too large.');
  }
}

/** Side of a stored portrait, in pixels: large enough for the profile page on a dense screen. */
export const PHOTO_SIDE = 400;

/**
 * Re-encodes a portrait for the directory: upright, cropped to a square around the most
 * detailed region (usually the face) and scaled to PHOTO_SIDE, as WebP without any metadata.
 * @throws AppError 400 `file_unreadable` when it does not decode or exceeds the pixel limit.
 */
export async function reencodePhoto(bytes: Buffer): Promise<Buffer> {
  try {
    return await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' })
      .rotate()
      .resize({
        width: PHOTO_SIDE,
        height: PHOTO_SIDE,
        fit: 'cover',
        position: sharp.strategy.attention,
        withoutEnlargement: true,
      })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    throw badRequest('file_unreadable', 'The image could not be read: it is damaged, or too large.');
  }
}
