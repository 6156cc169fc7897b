/**
 * Response shapes of the dispatcher console: plain JSON (dates as ISO strings), typed with the
 * shapes the dashboard reads (shared/api/dispatch.ts). The dashboard renders every string as text,
 * never as HTML.
 */
import type * as Wire from '../../shared/api/dispatch';
import type { DispatchAttempt } from '../channels/dispatch';
import type { CardView } from './card';
import type { OpenBatch, QueueLetter, DispatchQueue } from './queue';

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

/** A letter of the queue. */
export function presentQueueLetter(letter: QueueLetter): Wire.QueueLetter {
  return {
    ...letter,
    since: letter.since.toISOString(),
    claim: letter.claim ? { ...letter.claim, until: letter.claim.until.toISOString() } : null,
    attempt: letter.attempt ? { ...letter.attempt, createdAt: letter.attempt.createdAt.toISOString() } : null,
  };
}

function presentBatch(batch: OpenBatch): Wire.OpenBatch {
  return {
    id: batch.id,
    createdAt: batch.createdAt.toISOString(),
    pdfUrl: `/api/volunteer/dispatch/post-batches/${batch.id}.pdf`,
    letters: batch.letters.map(presentQueueLetter),
  };
}

/** The whole queue. */
export function presentQueue(queue: DispatchQueue): Wire.DispatchQueue {
  return {
    groups: queue.groups.map((g) => ({ ...g, letters: g.letters.map(presentQueueLetter) })),
    inProgress: queue.inProgress.map(presentQueueLetter),
    writerPosting: queue.writerPosting.map(presentQueueLetter),
    batches: queue.batches.map(presentBatch),
    budgets: queue.budgets,
    truncated: queue.truncated,
    postSenderSet: queue.postSenderSet,
  };
}

/** An opened card. */
export function presentCard(view: CardView): Wire.CardView {
  return { ...view, attempt: { ...view.attempt, createdAt: view.attempt.createdAt.toISOString() } };
}

/** An attempt after "mark sent" or "could not send". */
export function presentAttempt(attempt: DispatchAttempt): Wire.AttemptOut {
  return {
    id: attempt.id,
    letterId: attempt.letterId,
    channel: attempt.channel,
    status: attempt.status,
    externalRef: attempt.externalRef,
    costMinor: attempt.costMinor,
    currency: attempt.currency,
    batchId: attempt.batchId,
    error: attempt.error,
    createdAt: attempt.createdAt.toISOString(),
    completedAt: iso(attempt.completedAt),
  };
}
