/**
 * People's photos on disk: DATA_DIR/uploads/photos/<sha256>.webp, the folder 0700 and each file
 * 0600. The name is the hash of the re-encoded bytes, so the same picture is stored once, the
 * name is its ETag, and a new picture gets a new URL that no cache has seen. `prisoners.photo_path`
 * keeps the relative path; the public URL is built from the person's id and the hash only.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UPLOADS_FOLDER } from '../replies/storage';

const PHOTOS_FOLDER = 'photos';

/** Stored names look like this; anything else in the database is refused as a path. */
const STORED_NAME = /^photos\/([0-9a-f]{64})\.webp$/;

/** The content hash of a stored photo's path. @throws Error for a path that is not one of ours. */
export function photoHash(relative: string): string {
  const match = STORED_NAME.exec(relative);
  if (!match?.[1]) throw new Error(`not a stored photo: ${relative}`);
  return match[1];
}

/** The absolute path of a stored photo. @throws Error for a path that is not one of ours. */
export function photoFilePath(dataDir: string, relative: string): string {
  photoHash(relative);
  return path.join(dataDir, UPLOADS_FOLDER, relative);
}

/** Writes re-encoded photo bytes under their hash (once) and returns the relative path. */
export function storePhoto(dataDir: string, bytes: Buffer): string {
  const folder = path.join(dataDir, UPLOADS_FOLDER, PHOTOS_FOLDER);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const relative = `${PHOTOS_FOLDER}/${createHash('sha256').update(bytes).digest('hex')}.webp`;
  const file = photoFilePath(dataDir, relative);
  try {
    fs.writeFileSync(file, bytes, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // The same picture is already stored (another person, or uploaded twice): same bytes.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return relative;
}

/** Reads a stored photo, or undefined when its file is gone. */
export function readPhoto(dataDir: string, relative: string): Buffer | undefined {
  try {
    return fs.readFileSync(photoFilePath(dataDir, relative));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Deletes a stored photo; a missing file is fine. */
export function removePhoto(dataDir: string, relative: string): void {
  fs.rmSync(photoFilePath(dataDir, relative), { force: true });
}

/** The URL a photo is served at: the person's own, versioned by the picture's hash. */
export function photoUrl(base: string, relative: string | null): string | null {
  return relative ? `${base}/photo?v=${photoHash(relative).slice(0, 16)}` : null;
}
