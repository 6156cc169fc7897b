/**
 * "My letters": every letter of one writer with its timeline in the writer's terms (the replies
 * come from server/replies/writer-thread.ts). A presenter: it decides what a writer may see (no
 * volunteer ids, no internal notes; a reason only where it is addressed to the writer).
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { TimelineStep, WriterLetter } from '../../shared/api/writer';
import { isRecipientHoldCause, isWithdrawable, type LetterStatus } from '../../shared/letter-status';
import type { Queryable } from '../db/database';
import { facilities, letterEvents, letters, prisoners } from '../db/schema';
import { loadSelfPostViews } from './self-post-view';

/** Statuses whose event reason is written for the writer (a moderator's request or refusal). */
const REASONS_FOR_WRITER: readonly LetterStatus[] = ['changes_requested', 'rejected', 'returned'];

const iso = (d: Date) => d.toISOString();

/** Every letter of `writerId`, newest first, as the writer sees it. */
export async function listWriterLetters(db: Queryable, writerId: string): Promise<WriterLetter[]> {
  const rows = await db
    .select({ letter: letters, prisoner: prisoners, facility: facilities })
    .from(letters)
    .innerJoin(prisoners, eq(prisoners.id, letters.prisonerId))
    .leftJoin(facilities, eq(facilities.id, letters.facilityId))
    .where(eq(letters.writerId, writerId))
    .orderBy(desc(letters.createdAt));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.letter.id);
  const events = await db
    .select()
    .from(letterEvents)
    .where(and(inArray(letterEvents.letterId, ids), eq(letterEvents.kind, 'transition')))
    .orderBy(asc(letterEvents.id));
  const selfPosts = await loadSelfPostViews(
    db,
    rows.map((r) => r.letter),
  );

  return rows.map(({ letter, prisoner, facility }) => {
    const timeline: TimelineStep[] = events
      .filter((e) => e.letterId === letter.id && e.toStatus)
      .map((e) => {
        const status = e.toStatus as LetterStatus;
        const step: TimelineStep = { status, at: iso(e.createdAt) };
        if (e.reason && REASONS_FOR_WRITER.includes(status)) step.reason = e.reason;
        if (e.actorType === 'writer') {
          step.byYou = true;
          // "Posted by you": on the day the writer gave, not the day they told us.
          const attemptId = typeof e.data?.attemptId === 'string' ? e.data.attemptId : null;
          const posted = status === 'dispatched' && attemptId ? selfPosts.postedAt(attemptId) : undefined;
          if (posted) step.at = posted;
        }
        return step;
      });
    const lastRequest = [...timeline].reverse().find((s) => s.status === 'changes_requested');
    const lastHold = events.filter((e) => e.letterId === letter.id && e.toStatus === 'on_hold').at(-1);
    const holdCause = letter.status === 'on_hold' ? lastHold?.data?.cause : undefined;
    return {
      id: letter.id,
      refCode: letter.refCode,
      status: letter.status,
      language: letter.language,
      body: letter.body,
      signature: letter.signature,
      allowPublish: letter.allowPublish,
      createdAt: iso(letter.createdAt),
      channel: letter.channel,
      prisoner: { id: prisoner.id, fullName: prisoner.fullName, latinName: prisoner.latinNames[0] ?? null },
      facility: facility ? { shortName: facility.shortName, region: facility.region } : null,
      timeline,
      canWithdraw: isWithdrawable(letter.status),
      canEdit: letter.status === 'changes_requested' && letter.body !== null,
      changeRequest: letter.status === 'changes_requested' ? (lastRequest?.reason ?? null) : null,
      inReplyToReplyId: letter.inReplyToReplyId,
      selfPost: selfPosts.of(letter.id),
      holdCause: isRecipientHoldCause(holdCause) ? holdCause : null,
    };
  });
}
