/**
 * "My recent work": the volunteer's own transitions of letters and replies and their claims,
 * newest first — from the event tables and the audit log, which already record the actor.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { queryRows } from '../db/rows';

/** One thing the volunteer did. */
export interface RecentWork {
  kind: 'letter' | 'reply';
  id: string;
  refCode: string | null;
  action: string;
  to: string | null;
  at: string;
}

/** The user's last `limit` actions. */
export async function recentWork(db: Queryable, userId: string, limit = 30): Promise<RecentWork[]> {
  const rows = await queryRows<{
    kind: 'letter' | 'reply';
    id: string;
    ref_code: string | null;
    action: string;
    to_status: string | null;
    at: string;
  }>(
    db,
    sql`SELECT * FROM (
          (SELECT 'letter' AS kind, e.letter_id::text AS id, l.ref_code, e.name AS action, e.to_status, e.created_at AS at
             FROM letter_events e JOIN letters l ON l.id = e.letter_id
            WHERE e.actor_type = 'volunteer' AND e.actor_id = ${userId}
            ORDER BY e.actor_id, e.id DESC LIMIT ${limit})
          UNION ALL
          (SELECT 'reply', e.reply_id::text, l.ref_code, e.name, e.to_status, e.created_at
             FROM reply_events e JOIN replies r ON r.id = e.reply_id LEFT JOIN letters l ON l.id = r.letter_id
            WHERE e.actor_type = 'volunteer' AND e.actor_id = ${userId}
            ORDER BY e.actor_id, e.id DESC LIMIT ${limit})
          UNION ALL
          (SELECT a.subject_type, a.subject_id, l.ref_code, a.action, NULL, a.created_at
             FROM audit_log a LEFT JOIN letters l ON a.subject_type = 'letter' AND l.id::text = a.subject_id
            WHERE a.actor_id = ${userId} AND a.action IN ('queue.claim', 'queue.release')
            ORDER BY a.actor_id, a.created_at DESC LIMIT ${limit})
        ) AS work ORDER BY at DESC LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    kind: r.kind,
    id: r.id,
    refCode: r.ref_code,
    action: r.action,
    to: r.to_status,
    at: new Date(r.at).toISOString(),
  }));
}
