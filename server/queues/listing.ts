/**
 * What a volunteer sees of the queues: per queue the count, how many are taken, and the oldest
 * waiting item; and a page of one queue's items — pseudonyms and reference codes only, never an
 * email and never the text (that is opened item by item).
 */
import { sql } from 'drizzle-orm';
import type { QueueItem, QueueSummary } from '../../shared/api/queues';
import type { Queryable } from '../db/database';
import { queryRow, queryRows } from '../db/rows';
import type { SessionUser } from '../http/app-env';
import { can } from '../policies';
import { QUEUES, type QueueDefinition, type QueueId } from './definitions';
import { letterAlias, queueFrom, queueWhere } from './scope';

const iso = (value: unknown) =>
  value === null || value === undefined ? null : new Date(value as string).toISOString();

/** Summaries of every queue the user's permissions open. */
export async function queueSummaries(db: Queryable, user: SessionUser): Promise<QueueSummary<QueueId>[]> {
  const visible = QUEUES.filter((queue) => can(user, queue.permission));
  return Promise.all(
    visible.map(async (queue) => {
      const row = await queryRow<{
        count: number;
        taken: number;
        oldest: string | null;
        mine: string | null;
      }>(
        db,
        sql`SELECT count(*)::int AS count,
                   (count(*) FILTER (WHERE i.claim_expires_at > now()))::int AS taken,
                   min(i.status_changed_at) AS oldest,
                   (array_agg(i.id::text) FILTER (WHERE i.claimed_by = ${user.id} AND i.claim_expires_at > now()))[1] AS mine
              ${queueFrom(queue)} WHERE ${queueWhere(queue, user)}`,
      );
      return {
        id: queue.id,
        kind: queue.kind,
        count: row?.count ?? 0,
        taken: row?.taken ?? 0,
        oldestSince: iso(row?.oldest),
        mine: row?.mine ?? null,
      };
    }),
  );
}

interface ItemRow {
  id: string;
  ref_code: string | null;
  status: string;
  language: string | null;
  pseudonym: string | null;
  waiting_since: string;
  claimed_by: string | null;
  claimed_by_name: string | null;
  claim_expires_at: string | null;
}

/** A page of a queue, oldest first. */
export async function listQueue(
  db: Queryable,
  user: SessionUser,
  queue: QueueDefinition,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: QueueItem[] }> {
  const letter = letterAlias(queue);
  const language = queue.kind === 'letter' ? sql`i.language` : sql`w.language`;
  const [rows, total] = await Promise.all([
    queryRows<ItemRow>(
      db,
      sql`SELECT i.id, ${letter}.ref_code, i.status, ${language} AS language, w.pseudonym, i.status_changed_at AS waiting_since,
                 u.id AS claimed_by, u.display_name AS claimed_by_name, i.claim_expires_at
            ${queueFrom(queue)}
            LEFT JOIN users u ON u.id = i.claimed_by AND i.claim_expires_at > now()
           WHERE ${queueWhere(queue, user)}
           ORDER BY i.status_changed_at, i.id
           LIMIT ${page.limit} OFFSET ${page.offset}`,
    ),
    queryRow<{ total: number }>(
      db,
      sql`SELECT count(*)::int AS total ${queueFrom(queue)} WHERE ${queueWhere(queue, user)}`,
    ),
  ]);
  return {
    total: total?.total ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      kind: queue.kind,
      refCode: r.ref_code,
      status: r.status,
      language: r.language,
      writer: r.pseudonym,
      waitingSince: iso(r.waiting_since)!,
      takenBy: r.claimed_by ? { id: r.claimed_by, displayName: r.claimed_by_name ?? '' } : null,
      takenUntil: r.claimed_by ? iso(r.claim_expires_at) : null,
    })),
  };
}
