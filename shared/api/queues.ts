/**
 * The volunteer work queues as the dashboard home and queue pages read them
 * (GET /api/volunteer/queues and /api/volunteer/queues/{id}; server/queues/listing.ts presents
 * them). Pseudonyms and reference codes only, never an email or a letter's text.
 */

/** Which kind of item a queue holds. */
export type WorkItemKind = 'letter' | 'reply';

/**
 * One queue on the home screen. `Id` narrows the queue id where the caller knows the ids (the
 * server, from server/queues/definitions.ts); the dashboard reads it as any string.
 */
export interface QueueSummary<Id extends string = string> {
  /** The queue's id, e.g. "letters.translate". */
  id: Id;
  kind: WorkItemKind;
  count: number;
  /** How many of them a volunteer holds now. */
  taken: number;
  /** When the item waiting longest entered the queue, or null when empty. */
  oldestSince: string | null;
  /** The item this volunteer currently holds in this queue, if any. */
  mine: string | null;
}

/** One item in a queue listing. */
export interface QueueItem {
  id: string;
  kind: WorkItemKind;
  /** The letter's reference code (for a reply, its letter's), when it has one. */
  refCode: string | null;
  status: string;
  /** A letter's language; for a reply, the language of its letter's writer. */
  language: string | null;
  /** The writer's pseudonym. */
  writer: string | null;
  /** Since when it has been in its status. */
  waitingSince: string;
  takenBy: { id: string; displayName: string } | null;
  takenUntil: string | null;
}
