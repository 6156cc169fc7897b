/** What the latest hold of a letter was for: the event that put it on hold carries the cause. */
import { and, desc, eq } from 'drizzle-orm';
import type { LetterStatus } from '../../shared/letter-status';
import type { Queryable } from '../db/database';
import { letterEvents } from '../db/schema';

/** The latest hold of a letter: its cause and the state it paused (undefined: never held). */
export async function latestHold(
  db: Queryable,
  letterId: string,
): Promise<{ cause: unknown; from: LetterStatus | null } | undefined> {
  const [hold] = await db
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
    .limit(1);
  return hold && { cause: hold.data?.cause, from: (hold.from as LetterStatus | null) ?? null };
}
