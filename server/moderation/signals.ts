/**
 * Campaign and spam signals a moderator sees next to a letter: the same text sent to many
 * prisoners (campaigns are allowed, but the moderator should know), a burst of letters from one
 * sender, a blocked sender, and the sender's earlier refusals. Counts only: no other letter's text.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { queryRow } from '../db/rows';

/** What the moderator is shown. */
export interface LetterSignals {
  /** Other letters with the same normalised text, and to how many prisoners and from how many senders. */
  sameText: { letters: number; prisoners: number; writers: number };
  /** This sender's letters in the last hour and the last day (this one included). */
  burst: { lastHour: number; lastDay: number };
  /** The sender was blocked by a moderator. */
  blocked: boolean;
  /** This sender's letters refused before. */
  rejectedBefore: number;
}

/** Letters per hour from one sender that we call a burst. */
export const BURST_PER_HOUR = 5;
/** Letters per day from one sender that we call a burst. */
export const BURST_PER_DAY = 20;
/** Other prisoners receiving the same text from which the letter counts as a campaign. */
export const CAMPAIGN_MIN_PRISONERS = 3;

interface Row {
  same_letters: number;
  same_prisoners: number;
  same_writers: number;
  last_hour: number;
  last_day: number;
  blocked: boolean;
  rejected: number;
}

/** Signals for one letter. @returns undefined for an unknown letter. */
export async function letterSignals(db: Queryable, letterId: string): Promise<LetterSignals | undefined> {
  const row = await queryRow<Row>(
    db,
    sql`SELECT
          (SELECT count(*)::int FROM letters o WHERE o.content_hash = l.content_hash AND o.id <> l.id) AS same_letters,
          (SELECT count(DISTINCT o.prisoner_id)::int FROM letters o
            WHERE o.content_hash = l.content_hash AND o.id <> l.id AND o.prisoner_id <> l.prisoner_id) AS same_prisoners,
          (SELECT count(DISTINCT o.writer_id)::int FROM letters o
            WHERE o.content_hash = l.content_hash AND o.id <> l.id) AS same_writers,
          (SELECT count(*)::int FROM letters o
            WHERE o.writer_id = l.writer_id AND o.created_at > l.created_at - interval '1 hour'
              AND o.created_at <= l.created_at + interval '1 hour') AS last_hour,
          (SELECT count(*)::int FROM letters o
            WHERE o.writer_id = l.writer_id AND o.created_at > l.created_at - interval '1 day'
              AND o.created_at <= l.created_at + interval '1 day') AS last_day,
          (w.blocked_at IS NOT NULL) AS blocked,
          (SELECT count(*)::int FROM letters o
            WHERE o.writer_id = l.writer_id AND o.status = 'rejected' AND o.id <> l.id) AS rejected
        FROM letters l JOIN writers w ON w.id = l.writer_id
        WHERE l.id = ${letterId}`,
  );
  if (!row) return undefined;
  return {
    sameText: { letters: row.same_letters, prisoners: row.same_prisoners, writers: row.same_writers },
    burst: { lastHour: row.last_hour, lastDay: row.last_day },
    blocked: row.blocked,
    rejectedBefore: row.rejected,
  };
}

/** The signals worth a badge: campaign, burst, blocked, refused before. */
export function signalBadges(
  signals: LetterSignals,
): ('campaign' | 'burst' | 'blocked' | 'rejected_before')[] {
  const badges: ('campaign' | 'burst' | 'blocked' | 'rejected_before')[] = [];
  if (signals.sameText.prisoners >= CAMPAIGN_MIN_PRISONERS) badges.push('campaign');
  if (signals.burst.lastHour >= BURST_PER_HOUR || signals.burst.lastDay >= BURST_PER_DAY)
    badges.push('burst');
  if (signals.blocked) badges.push('blocked');
  if (signals.rejectedBefore > 0) badges.push('rejected_before');
  return badges;
}
