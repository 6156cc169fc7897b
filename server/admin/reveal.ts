/**
 * The one way to see a writer's email from the dashboard: an admin asks for it by pseudonym, gives
 * a reason, and the reveal is audited (who, whom, why, when) in the same transaction that reads it.
 */
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/database';
import { letters, writers } from '../db/schema';
import { notFound } from '../errors';
import { decrypt } from '../security/encryption';
import type { SecretKeys } from '../security/keys';

/** What an admin sees of a writer before revealing anything. */
export interface WriterSummary {
  pseudonym: string;
  language: string;
  letters: number;
  blocked: boolean;
  createdAt: string;
}

/** A writer by pseudonym, without the email. @throws AppError 404 `writer_not_found`. */
export async function writerSummary(db: Db, pseudonym: string): Promise<WriterSummary> {
  const [row] = await db
    .select({
      writer: writers,
      letters: sql<number>`(SELECT count(*)::int FROM ${letters} WHERE ${letters.writerId} = ${writers.id})`,
    })
    .from(writers)
    .where(eq(writers.pseudonym, pseudonym));
  if (!row) throw notFound('writer');
  return {
    pseudonym: row.writer.pseudonym,
    language: row.writer.language,
    letters: Number(row.letters),
    blocked: row.writer.blockedAt !== null,
    createdAt: row.writer.createdAt.toISOString(),
  };
}

/** Decrypts and returns the writer's email, auditing the reveal with its reason. */
export async function revealWriterEmail(
  db: Db,
  keys: SecretKeys,
  adminId: string,
  pseudonym: string,
  reason: string,
): Promise<string> {
  return db.transaction(async (tx) => {
    const [writer] = await tx
      .select({ ciphertext: writers.emailCiphertext })
      .from(writers)
      .where(eq(writers.pseudonym, pseudonym));
    if (!writer) throw notFound('writer');
    await recordAudit(tx, {
      actor: { type: 'volunteer', id: adminId },
      action: 'writer.reveal',
      subject: { type: 'writer', id: pseudonym },
      reason,
    });
    return decrypt(keys, writer.ciphertext);
  });
}
