/**
 * Self-post as "My letters" shows it: whether the writer may choose to post a letter themselves
 * now, and where their self-post stands (preparing, posted on a day, with a tracking number).
 */
import { desc, inArray } from 'drizzle-orm';
import type { WriterSelfPost } from '../../shared/api/writer';
import type { LetterStatus } from '../../shared/letter-status';
import type { Queryable } from '../db/database';
import { dispatchAttempts } from '../db/schema';
import { loadConsoleLetters } from '../dispatch-console/letters';
import { selfPostRefusal } from './self-post';

/** The self-post of each letter, and when each self-post attempt was posted (for the timeline). */
export interface SelfPostViews {
  of(letterId: string): WriterSelfPost;
  /** When the writer posted under attempt `attemptId`, or undefined for any other attempt. */
  postedAt(attemptId: string): string | undefined;
}

const NONE: WriterSelfPost = {
  offered: false,
  state: null,
  startedAt: null,
  postedAt: null,
  trackingNumber: null,
};

/** Loads the self-post views of `rows` in two set queries (attempts, then approved letters). */
export async function loadSelfPostViews(
  db: Queryable,
  rows: readonly { id: string; status: LetterStatus }[],
): Promise<SelfPostViews> {
  const ids = rows.map((r) => r.id);
  const attempts = ids.length
    ? await db
        .select()
        .from(dispatchAttempts)
        .where(inArray(dispatchAttempts.letterId, ids))
        .orderBy(desc(dispatchAttempts.createdAt))
    : [];
  const approvedIds = rows.filter((r) => r.status === 'approved').map((r) => r.id);
  const approved = approvedIds.length ? await loadConsoleLetters(db, { ids: approvedIds }) : [];
  const offered = new Set(approved.filter((l) => !l.claim && !selfPostRefusal(l)).map((l) => l.id));

  const views = new Map<string, WriterSelfPost>();
  const posted = new Map<string, string>();
  for (const attempt of attempts) {
    if (attempt.channel === 'self_post' && attempt.status === 'succeeded' && attempt.completedAt)
      posted.set(attempt.id, attempt.completedAt.toISOString());
    // Newest first: the first attempt seen is the letter's current one.
    if (views.has(attempt.letterId)) continue;
    const mine = attempt.channel === 'self_post' && attempt.status !== 'failed';
    views.set(
      attempt.letterId,
      mine
        ? {
            offered: false,
            state: attempt.status === 'succeeded' ? 'posted' : 'preparing',
            startedAt: attempt.createdAt.toISOString(),
            postedAt: attempt.completedAt?.toISOString() ?? null,
            trackingNumber: attempt.externalRef,
          }
        : NONE,
    );
  }
  return {
    of: (letterId) => {
      if (offered.has(letterId)) return { ...NONE, offered: true };
      return views.get(letterId) ?? NONE;
    },
    postedAt: (attemptId) => posted.get(attemptId),
  };
}
