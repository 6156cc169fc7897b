/**
 * What the moderation screens read: screening flags with the moderators' notes, and the letters
 * a moderator may fast-approve (GET /api/volunteer/moderation/fast-approve, presented by
 * server/moderation/fast-list.ts).
 */
import type { ScreeningFlag } from './screening';

/** A screening flag as the moderator sees it: `message` is the writer's, in the writer's language. */
export interface ModerationFlag extends ScreeningFlag {
  /** Why the rule exists, for moderators (English). */
  note: string;
}

/** A letter in review that a moderator may approve in bulk (no flag above `info`). */
export interface FastApprovable {
  id: string;
  refCode: string;
  language: string;
  prisonerName: string;
  writerPseudonym: string;
  waitingSince: string;
  /** `info` flags (kind reminders), which do not stop a fast approval. */
  infoFlags: number;
  /** Other letters with the same text. */
  sameText: number;
  /** The start of the Russian text. */
  preview: string;
}
