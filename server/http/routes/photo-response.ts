/**
 * Sends a stored photo: WebP bytes with the picture's hash as a strong ETag (a matching
 * If-None-Match gets 304), the cache rule the caller chose, and 404 when there is none.
 */
import type { Context } from 'hono';
import { photoHash, readPhoto } from '../../directory/photos';
import { notFound } from '../../errors';

/** The OpenAPI description of a photo answer. */
export const PhotoContent = {
  description: 'The photo, 400 px WebP without metadata',
  content: { 'image/webp': { schema: { type: 'string' as const, format: 'binary' } } },
};

/** The answer for `relative` (a person's `photo_path`). @throws AppError 404 `photo_not_found`. */
export function photoResponse(c: Context, dataDir: string, relative: string | null, cacheControl: string) {
  if (!relative) throw notFound('photo');
  // The name is the picture's hash, so a browser that has it is answered without reading the file.
  const etag = `"${photoHash(relative)}"`;
  const headers = { etag, 'cache-control': cacheControl };
  const match = c.req.header('if-none-match');
  if (match && match.split(',').some((tag) => tag.trim() === etag)) return c.body(null, 304, headers);
  const bytes = readPhoto(dataDir, relative);
  if (!bytes) throw notFound('photo');
  return c.body(new Uint8Array(bytes), 200, {
    ...headers,
    'content-type': 'image/webp',
    'content-length': String(bytes.length),
  });
}
