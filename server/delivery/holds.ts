/**
 * What a letter's hold is for: the event that put it on hold carries the cause. A held letter can
 * be held again for a new cause (a transfer, then the person is released) without leaving
 * `on_hold`; the cause is the latest hold's, the paused state the one it left the pipeline from.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { LetterStatus } from '../../shared/letter-status';
import type { Queryable } from '../db/database';
import { letterEvents } from '../db/schema';

/** The latest hold of a letter: its cause and the state it paused (undefined: never held). */
export async function latestHold(
  db: Queryable,
  letterId: string,
): Promise<{ cause: unknown; from: LetterStatus | null } | undefined> {
  // Newest first: the holds of the current stretch on hold, back to the one that began it.
  const holds = await db
    .select({ data: letterEvents.data, from: letterEvents.fromStatus })
    .from(letterEvents)
    .where(
      and(
        eq(letterEvents.letterId, letterId),
        eq(letterEvents.toStatus, 'on_hold'),
        eq(letterEvents.kind, 'transition'),
      ),
    )
    .orderBy(desc(letterEvents.id))
    .limit(8);
  const [latest] = holds;
  if (!latest) return undefined;
  const began = holds.find((hold) => hold.from !== 'on_hold');
  return { cause: latest.data?.cause, from: (began?.from as LetterStatus | undefined) ?? null };
}
