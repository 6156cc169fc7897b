/**
 * The writer's own data: everything we hold about them as one JSON download, and deletion of
 * all of it. Deletion keeps anonymous rows (so counts and the letters' history stay true) but
 * drops every way back to the person: the email, the texts, the replies' scans, the sessions.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { WriterLetter, WriterReply } from '../../shared/api/writer';
import { isWithdrawable } from '../../shared/letter-status';
import type { Db } from '../db/database';
import { accessTokens, letters, replies, translations, writers } from '../db/schema';
import { notFound } from '../errors';
import { enqueueJob } from '../jobs/queue';
import { withdrawLetter } from '../letters/commands';
import { purgeReplyRows } from '../replies/purge';
import { removeReplyFiles } from '../replies/storage';
import { repliesForWriter } from '../replies/writer-thread';
import { decrypt, encrypt } from '../security/encryption';
import type { SecretKeys } from '../security/keys';
import { listWriterLetters } from './my-letters';
import { abandonSelfPosts } from './self-post';

/** The download. */
export interface WriterExport {
  exportedAt: string;
  writer: { email: string; pseudonym: string; language: string; uiLanguage: string; createdAt: string };
  letters: WriterLetter[];
  /** The replies forwarded to the writer: texts and which scans exist (each downloadable on its own). */
  replies: WriterReply[];
}

/** Everything stored about `writerId`, in clear. */
export async function exportWriterData(db: Db, keys: SecretKeys, writerId: string): Promise<WriterExport> {
  const [writer] = await db.select().from(writers).where(eq(writers.id, writerId));
  if (!writer) throw notFound('writer');
  return {
    exportedAt: new Date().toISOString(),
    writer: {
      email: decrypt(keys, writer.emailCiphertext),
      pseudonym: writer.pseudonym,
      language: writer.language,
      uiLanguage: writer.uiLanguage,
      createdAt: writer.createdAt.toISOString(),
    },
    letters: await listWriterLetters(db, writerId),
    replies: await repliesForWriter(db, writerId),
  };
}

/** What deletion did: letters withdrawn, letters purged, replies purged. */
export interface DeletionResult {
  withdrawn: number;
  purged: number;
  repliesPurged: number;
}

/**
 * Deletes the writer's data in one transaction: letters not yet sent (including one the writer was
 * about to post themselves) are withdrawn first, every text is purged — the letters' and every
 * reply's to them, scans included — sessions and links are deleted, and the email is replaced by
 * an empty ciphertext (so later status mail finds no address) and a hash that matches nobody —
 * unless the writer is blocked, whose keyed hash stays so the block holds. A
 * last email confirms it, from a job that carries the address encrypted. Scan files are deleted
 * after the commit (see `purgeReplyRows`).
 */
export async function deleteWriterData(
  db: Db,
  keys: SecretKeys,
  dataDir: string,
  writerId: string,
): Promise<DeletionResult> {
  const { result, paths } = await db.transaction(async (tx) => {
    const [writer] = await tx.select().from(writers).where(eq(writers.id, writerId)).for('update');
    if (!writer) throw notFound('writer');
    // A letter the writer was posting themselves goes back to approved, so it is withdrawn below.
    await abandonSelfPosts(tx, writerId, 'writer deleted their data');
    const own = await tx
      .select({ id: letters.id, status: letters.status })
      .from(letters)
      .where(eq(letters.writerId, writerId));
    let withdrawn = 0;
    let repliesPurged = 0;
    let paths: string[] = [];
    for (const letter of own.filter((l) => isWithdrawable(l.status))) {
      await withdrawLetter(
        tx,
        letter.id,
        { type: 'writer', id: writerId },
        { reason: 'writer deleted their data' },
      );
      withdrawn++;
    }
    const ids = own.map((l) => l.id);
    if (ids.length > 0) {
      await tx
        .update(letters)
        .set({ body: null, signature: '', purgedAt: sql`now()` })
        .where(and(inArray(letters.id, ids), isNull(letters.purgedAt)));
      await tx.update(translations).set({ text: null }).where(inArray(translations.letterId, ids));
      // Every reply to these letters, forwarded or still being worked on: nobody can receive it now.
      const replyIds = (
        await tx.select({ id: replies.id }).from(replies).where(inArray(replies.letterId, ids))
      ).map((r) => r.id);
      ({ paths, purged: repliesPurged } = await purgeReplyRows(tx, replyIds));
    }
    await tx.delete(accessTokens).where(eq(accessTokens.writerId, writerId));
    // A writer blocked for abusing prisoners keeps the keyed hash of the address (not the address):
    // otherwise deleting their data would lift the block, and the same address could write again.
    const emailHash = writer.blockedAt ? writer.emailHash : `deleted:${writerId}`;
    await tx
      .update(writers)
      .set({ emailCiphertext: encrypt(keys, ''), emailHash })
      .where(eq(writers.id, writerId));
    await enqueueJob(tx, 'send-writer-deleted', {
      emailCiphertext: writer.emailCiphertext,
      uiLanguage: writer.uiLanguage,
    });
    return { result: { withdrawn, purged: ids.length, repliesPurged }, paths };
  });
  removeReplyFiles(dataDir, paths);
  return result;
}
