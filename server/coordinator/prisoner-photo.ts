/**
 * A coordinator sets or removes a person's photo. The upload is checked by its own bytes (size,
 * then type) and re-encoded to a metadata-free square WebP before anything is stored; the row
 * and an audit entry (old and new picture by hash) change in one transaction. A picture no row
 * points at any more is deleted after the commit.
 */
import { eq } from 'drizzle-orm';
import { MAX_PHOTO_BYTES } from '../../shared/limits';
import { recordAudit, volunteerActor } from '../audit/record';
import type { Db } from '../db/database';
import { prisoners } from '../db/schema';
import { photoHash, removePhoto, storePhoto } from '../directory/photos';
import { notFound } from '../errors';
import { checkUpload, reencodePhoto } from '../uploads';

/** Photo types a coordinator may upload (phones' HEIC included; sharp decodes what it can). */
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;

const hashOf = (relative: string | null) => (relative ? photoHash(relative) : null);

async function replacePhoto(
  db: Db,
  dataDir: string,
  userId: string,
  id: string,
  next: string | null,
): Promise<void> {
  const previous = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ photoPath: prisoners.photoPath })
      .from(prisoners)
      .where(eq(prisoners.id, id))
      .for('update');
    if (!row) throw notFound('prisoner');
    if (row.photoPath === next) return null;
    // updated_at stays: it is the edit form's version, and a photo is not part of that form.
    await tx.update(prisoners).set({ photoPath: next }).where(eq(prisoners.id, id));
    await recordAudit(tx, {
      actor: volunteerActor(userId),
      action: 'directory.prisoner_photo',
      subject: { type: 'prisoner', id },
      data: { changes: { photo: { from: hashOf(row.photoPath), to: hashOf(next) } } },
    });
    return row.photoPath;
  });
  if (previous) await removeIfUnused(db, dataDir, previous);
}

async function removeIfUnused(db: Db, dataDir: string, relative: string): Promise<void> {
  const [user] = await db
    .select({ id: prisoners.id })
    .from(prisoners)
    .where(eq(prisoners.photoPath, relative))
    .limit(1);
  if (!user) removePhoto(dataDir, relative);
}

/**
 * Checks, re-encodes and stores `bytes` as person `id`'s photo.
 * @throws AppError 400 `file_empty` / `file_unreadable`, 413 `file_too_large`,
 *   415 `unsupported_file_type`, 404 `prisoner_not_found`.
 */
export async function setPrisonerPhoto(
  db: Db,
  dataDir: string,
  userId: string,
  id: string,
  bytes: Buffer,
): Promise<void> {
  checkUpload(bytes, { accept: PHOTO_TYPES, maxBytes: MAX_PHOTO_BYTES });
  const [exists] = await db.select({ id: prisoners.id }).from(prisoners).where(eq(prisoners.id, id));
  if (!exists) throw notFound('prisoner');
  const relative = storePhoto(dataDir, await reencodePhoto(bytes));
  try {
    await replacePhoto(db, dataDir, userId, id, relative);
  } catch (error) {
    await removeIfUnused(db, dataDir, relative);
    throw error;
  }
}

/** Removes person `id`'s photo (nothing to do when there is none). @throws AppError 404. */
export async function removePrisonerPhoto(
  db: Db,
  dataDir: string,
  userId: string,
  id: string,
): Promise<void> {
  await replacePhoto(db, dataDir, userId, id, null);
}
