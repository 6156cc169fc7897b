/**
 * Reply files on disk: DATA_DIR/uploads/replies/<random>.<ext>, the folder 0700 and each file
 * 0600, so only the service's user can read a prisoner's handwriting. Names are random (never the
 * uploader's file name, which may carry a person's name); the database keeps the relative path.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The folder under DATA_DIR that holds every upload. */
export const UPLOADS_FOLDER = 'uploads';

const REPLIES_FOLDER = 'replies';

/** Stored names look like this; anything else in the database is refused as a path. */
const STORED_NAME = /^replies\/[0-9a-f]{32}\.(jpg|png|pdf)$/;

function uploadsRoot(dataDir: string): string {
  return path.join(dataDir, UPLOADS_FOLDER);
}

/** Writes `bytes` under a new random name and returns the path relative to the uploads folder. */
export function storeReplyFile(dataDir: string, bytes: Buffer, extension: 'jpg' | 'png' | 'pdf'): string {
  const folder = path.join(uploadsRoot(dataDir), REPLIES_FOLDER);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const relative = `${REPLIES_FOLDER}/${randomBytes(16).toString('hex')}.${extension}`;
  // 'wx': never overwrite; the mode applies to the new file regardless of the umask's leniency.
  fs.writeFileSync(path.join(uploadsRoot(dataDir), relative), bytes, { mode: 0o600, flag: 'wx' });
  fs.chmodSync(path.join(uploadsRoot(dataDir), relative), 0o600);
  return relative;
}

/** The absolute path of a stored file. @throws Error for a path that is not one of ours. */
export function replyFilePath(dataDir: string, relative: string): string {
  if (!STORED_NAME.test(relative)) throw new Error(`not a stored reply file: ${relative}`);
  return path.join(uploadsRoot(dataDir), relative);
}

/** Reads a stored file. */
export function readReplyFile(dataDir: string, relative: string): Buffer {
  return fs.readFileSync(replyFilePath(dataDir, relative));
}

/** Deletes stored files; missing ones are fine (a purge may run twice). */
export function removeReplyFiles(dataDir: string, relatives: readonly string[]): void {
  for (const relative of relatives) fs.rmSync(replyFilePath(dataDir, relative), { force: true });
}
