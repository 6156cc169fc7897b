/**
 * What happened to a letter after it left, as the delivery routes under /api/volunteer/delivery
 * answer (server/http/routes/delivery.ts, logic in server/delivery/events.ts and
 * lost-follow-ups.ts): recording a delivery or a stop, and the follow-up tasks of lost letters.
 */

/** Why a letter did not reach the prisoner: the censor said so, blank reply forms came back, or the post returned it. */
export const STOP_CAUSES = ['censor', 'blank_forms', 'post'] as const;

/** A stop cause. */
export type StopCause = (typeof STOP_CAUSES)[number];

/**
 * How a volunteer learned of a delivery: the service's status page or someone's confirmation. (A
 * reply also proves it, but that is recorded by the reply screens, never typed in.)
 */
export const VOLUNTEER_DELIVERY_SOURCES = ['service', 'confirmation'] as const;

/** A delivery source a volunteer may record. */
export type VolunteerDeliverySource = (typeof VOLUNTEER_DELIVERY_SOURCES)[number];

/** The answer to recording a delivery or a stop: the letter's new status. */
export interface DeliveryMove {
  letterId: string;
  status: string;
}

/** An open follow-up task of a lost letter. */
export interface LostFollowUp {
  letterId: string;
  refCode: string;
  prisonerName: string;
  /** The facility's short name. */
  facility: string | null;
  region: string | null;
  channel: string | null;
  /** The service order or tracking number of the dispatch, if any. */
  externalRef: string | null;
  dispatchedAt: string | null;
  lostAt: string;
  openedAt: string;
}

/** GET /api/volunteer/delivery/follow-ups: open tasks, oldest first. */
export interface LostFollowUpList {
  followUps: LostFollowUp[];
}

/** What a volunteer found out about a lost letter, closing its task. */
export type FollowUpOutcome =
  | { outcome: 'delivered'; note?: string }
  | { outcome: 'stopped'; cause: StopCause; note?: string }
  | { outcome: 'resend'; note?: string }
  | { outcome: 'give_up'; note: string };

/** The outcomes a task closes with, in the order the screen offers them. */
export const FOLLOW_UP_OUTCOMES = [
  'delivered',
  'stopped',
  'resend',
  'give_up',
] as const satisfies readonly FollowUpOutcome['outcome'][];

/** The shortest note that explains giving up (the route refuses less). */
export const GIVE_UP_NOTE_MIN = 3;

/** The longest note the routes accept. */
export const NOTE_MAX = 2000;

/** The answer to closing a task. */
export interface FollowUpClosed {
  ok: true;
}
