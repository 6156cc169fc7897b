/**
 * What happened to a letter after it left: delivered, stopped by the censor (including blank reply
 * forms coming back instead of an answer), or returned by the post. Each is a letter command from
 * `server/letters/commands.ts`; this module adds the cause (kept in the event's `data`, which
 * statistics count) and the reason the writer reads in "My letters", in plain words.
 */
import type { Queryable } from '../db/database';
import { AppError } from '../errors';
import type { Actor } from '../letters/actor';
import { markLetterDelivered, markLetterReturned } from '../letters/commands';
import type { TransitionResult } from '../letters/transition';
import type { StopCause } from '../../shared/api/delivery';

/** How a delivery became known. */
export const DELIVERY_SOURCES = ['service', 'confirmation', 'reply'] as const;

/** A delivery source: the service's status page, someone's confirmation, or a reply that arrived. */
export type DeliverySource = (typeof DELIVERY_SOURCES)[number];

// The causes are shared with the dashboard, which offers exactly these.
export { STOP_CAUSES, type StopCause } from '../../shared/api/delivery';

/** Causes that count as "stopped by the censor" in statistics (the rest are postal returns). */
export const CENSOR_CAUSES: readonly StopCause[] = ['censor', 'blank_forms'];

/**
 * The reason shown to the writer for each cause. English: the writer's timeline shows the reason
 * as stored, and the web app can translate by `data.cause`.
 */
export const STOP_REASONS: Record<StopCause, string> = {
  censor: 'The prison censor did not let the letter through.',
  blank_forms:
    'Blank reply forms came back instead of an answer. This usually means the prison censor did not pass the letter.',
  post: 'The post returned the letter; it did not reach the prison.',
};

/** Details of a delivery. */
export interface DeliveredInput {
  source: DeliverySource;
  /** A volunteer's note (service order status, who confirmed); kept for coordinators only. */
  note?: string;
  /** The reply that proves it, for source `reply`. */
  replyId?: string;
  /** When it was delivered, if the service says (defaults to now). */
  deliveredOn?: string;
}

/**
 * Marks the letter delivered (from dispatched, or from lost: a late confirmation still counts).
 * @throws AppError 404 `letter_not_found`, 409 `letter_is_<status>`.
 */
export function recordDelivered(
  db: Queryable,
  letterId: string,
  actor: Actor,
  input: DeliveredInput,
): Promise<TransitionResult> {
  return markLetterDelivered(db, letterId, actor, {
    data: {
      source: input.source,
      ...(input.note ? { note: input.note } : {}),
      ...(input.replyId ? { replyId: input.replyId } : {}),
      ...(input.deliveredOn ? { deliveredOn: input.deliveredOn } : {}),
    },
  });
}

/**
 * A reply proves its letter arrived: marks it delivered when it is still dispatched or lost, and
 * does nothing in any other state (already delivered, returned, re-routed). Returns whether it moved.
 */
export async function proveDeliveryByReply(
  db: Queryable,
  letterId: string,
  replyId: string,
  actor: Actor,
): Promise<boolean> {
  try {
    await recordDelivered(db, letterId, actor, { source: 'reply', replyId });
    return true;
  } catch (error) {
    // 409: the letter is in a state a reply does not change. The failed move wrote nothing.
    if (error instanceof AppError && error.status === 409) return false;
    throw error;
  }
}

/** Details of a stop. */
export interface StoppedInput {
  cause: StopCause;
  /** A volunteer's note (the censor's notice, the post's stamp); kept for coordinators only. */
  note?: string;
}

/**
 * Marks the letter returned, with the cause and the writer-facing reason.
 * @throws AppError 404 `letter_not_found`, 409 `letter_is_<status>`.
 */
export function recordStopped(
  db: Queryable,
  letterId: string,
  actor: Actor,
  input: StoppedInput,
): Promise<TransitionResult> {
  return markLetterReturned(db, letterId, actor, {
    reason: STOP_REASONS[input.cause],
    data: { cause: input.cause, ...(input.note ? { note: input.note } : {}) },
  });
}
