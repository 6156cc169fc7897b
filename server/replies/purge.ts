/**
 * Purging a reply's content: the scans on disk, the OCR draft, the transcription and the
 * translation. The rows stay (counts and history remain true) with `purged_at` set. Called for
 * replies forwarded longer than RETENTION_DAYS ago, and when a writer deletes their data.
 */
import { and, inArray, isNull, lt, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { replies, replyFiles, translations } from '../db/schema';
import { removeReplyFiles } from './storage';

/** Most replies purged in one sweep run. */
export const PURGE_BATCH = 200;

/**
 * Purges the content of `replyIds` inside the caller's transaction and returns the paths of their
 * files, which the caller deletes with `removeReplyFiles` once that transaction has committed.
 */
export async function purgeReplyRows(
  tx: Queryable,
  replyIds: readonly string[],
): Promise<{ paths: string[]; purged: number }> {
  if (replyIds.length === 0) return { paths: [], purged: 0 };
  const ids = [...replyIds];
  const files = await tx
    .delete(replyFiles)
    .where(inArray(replyFiles.replyId, ids))
    .returning({ path: replyFiles.path });
  await tx.update(translations).set({ text: null }).where(inArray(translations.replyId, ids));
  const rows = await tx
    .update(replies)
    .set({ transcription: null, ocrDraft: null, purgedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(inArray(replies.id, ids), isNull(replies.purgedAt)))
    .returning({ id: replies.id });
  return { paths: files.map((f) => f.path), purged: rows.length };
}

/**
 * Purges the content of `replyIds` and deletes their files; returns how many replies were purged.
 * Files are deleted after the database commit: a crash in between leaves unreferenced files, never
 * rows pointing at files that are gone.
 */
export async function purgeReplies(
  db: Queryable,
  dataDir: string,
  replyIds: readonly string[],
): Promise<number> {
  if (replyIds.length === 0) return 0;
  const { paths, purged } = await db.transaction((tx) => purgeReplyRows(tx, replyIds));
  removeReplyFiles(dataDir, paths);
  return purged;
}

/** Purges replies forwarded more than `retentionDays` ago (the writer has had them by email). */
export async function purgeExpiredReplies(
  db: Queryable,
  dataDir: string,
  retentionDays: number,
): Promise<number> {
  const due = await db
    .select({ id: replies.id })
    .from(replies)
    .where(
      and(
        eq(replies.status, 'forwarded'),
        isNull(replies.purgedAt),
        lt(replies.statusChangedAt, sql`now() - ${retentionDays} * interval '1 day'`),
      ),
    )
    .limit(PURGE_BATCH);
  return purgeReplies(
    db,
    dataDir,
    due.map((r) => r.id),
  );
}
