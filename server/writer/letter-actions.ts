/**
 * What a writer may do to one of their own letters: withdraw it before it leaves, or edit it
 * after a moderator asked for changes. Ownership is checked here; the state machine checks the rest.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { letters } from '../db/schema';
import { badRequest, notFound } from '../errors';
import { resubmitLetter, withdrawLetter } from '../letters/commands';
import { normalizedContentHash } from '../screening';

async function ownLetter(db: Db, writerId: string, letterId: string) {
  // A malformed id is simply not one of the writer's letters.
  if (!/^[0-9a-f-]{36}$/i.test(letterId)) throw notFound('letter');
  const [row] = await db
    .select({ id: letters.id, status: letters.status })
    .from(letters)
    .where(and(eq(letters.id, letterId), eq(letters.writerId, writerId)));
  if (!row) throw notFound('letter');
  return row;
}

/** Withdraws the writer's letter. @throws 404 `letter_not_found`, 409 `letter_is_<status>`. */
export async function withdrawOwnLetter(db: Db, writerId: string, letterId: string): Promise<void> {
  await ownLetter(db, writerId, letterId);
  await withdrawLetter(db, letterId, { type: 'writer', id: writerId });
}

/** The writer's edit after a request for changes. */
export interface LetterEdit {
  body: string;
  signature?: string | undefined;
  language?: string | undefined;
}

/**
 * Replaces the text and sends the letter back to screening.
 * @throws 400 `letter_too_long`, 404 `letter_not_found`, 409 `letter_is_<status>`.
 */
export async function editOwnLetter(
  db: Db,
  writerId: string,
  letterId: string,
  edit: LetterEdit,
  maxChars: number,
) {
  await ownLetter(db, writerId, letterId);
  const charCount = [...edit.body].length;
  if (charCount > maxChars)
    throw badRequest('letter_too_long', `A letter may have at most ${maxChars} characters.`);
  await resubmitLetter(
    db,
    letterId,
    { type: 'writer', id: writerId },
    {
      patch: {
        body: edit.body,
        charCount,
        contentHash: normalizedContentHash(edit.body),
        ...(edit.signature !== undefined ? { signature: edit.signature } : {}),
        ...(edit.language !== undefined ? { language: edit.language } : {}),
      },
    },
  );
}
