/**
 * The volunteer work queues. Each is a set of letter or reply statuses, the permission needed to
 * work it, and for translators a language filter from their pairs. The dashboard home shows the
 * queues a volunteer's permissions open, with counts and the age of the oldest item.
 */
import type { Permission } from '../policies';

/** Which table a queue draws from. */
export type QueueKind = 'letter' | 'reply';

/** One queue. */
export interface QueueDefinition {
  id: string;
  kind: QueueKind;
  statuses: readonly string[];
  permission: Permission;
  /** Translators see only items in their language pairs: the letter's language into Russian, or Russian into the writer's. */
  languageFilter?: 'into-russian' | 'from-russian';
}

/** Every queue, in the order the dashboard shows them. */
export const QUEUES = [
  {
    id: 'letters.translate',
    kind: 'letter',
    statuses: ['translating'],
    permission: 'letters.translate',
    languageFilter: 'into-russian',
  },
  { id: 'letters.review', kind: 'letter', statuses: ['reviewing'], permission: 'letters.review' },
  { id: 'letters.dispatch', kind: 'letter', statuses: ['approved'], permission: 'letters.dispatch' },
  { id: 'letters.hold', kind: 'letter', statuses: ['on_hold'], permission: 'letters.reroute' },
  {
    id: 'replies.transcribe',
    kind: 'reply',
    statuses: ['received', 'transcribing'],
    permission: 'replies.transcribe',
  },
  {
    id: 'replies.translate',
    kind: 'reply',
    statuses: ['translating'],
    permission: 'replies.translate',
    languageFilter: 'from-russian',
  },
  { id: 'replies.review', kind: 'reply', statuses: ['reviewing'], permission: 'replies.review' },
] as const satisfies readonly QueueDefinition[];

/** A queue id such as `letters.review`. */
export type QueueId = (typeof QUEUES)[number]['id'];

/** Every queue id (for zod enums). */
export const QUEUE_IDS = QUEUES.map((q) => q.id) as [QueueId, ...QueueId[]];

/** The queue with this id. */
export function queueById(id: QueueId): QueueDefinition {
  return QUEUES.find((q) => q.id === id)!;
}
