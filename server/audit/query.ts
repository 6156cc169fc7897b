/**
 * The audit viewer's query: the audit log together with every letter and reply transition (which
 * live in their own event tables), newest first, filtered by actor, action, subject and time.
 * Keyset paging on (time, source, id) keeps pages stable while new rows arrive.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { AuditLine } from '../../shared/api/admin';
import type { Queryable } from '../db/database';
import { queryRows } from '../db/rows';

/** Filters of the viewer; all optional. */
export interface AuditFilter {
  actorId?: string;
  /** Exact action ("writer.reveal") or a prefix ending in a dot ("auth.", "letter."). */
  action?: string;
  subjectType?: string;
  subjectId?: string;
  since?: Date;
  until?: Date;
  /** Return rows strictly older than this time (the previous page's last `at`). */
  before?: Date;
  limit: number;
}

interface Row {
  source: AuditLine['source'];
  id: string;
  at: string;
  actor_type: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  subject_label: string | null;
  reason: string | null;
  data: Record<string, unknown> | null;
}

/** Runs the viewer's query. */
export async function queryAudit(db: Queryable, filter: AuditFilter): Promise<AuditLine[]> {
  const where: SQL[] = [sql`TRUE`];
  if (filter.actorId) where.push(sql`x.actor_id = ${filter.actorId}`);
  if (filter.action) {
    where.push(
      filter.action.endsWith('.')
        ? sql`x.action LIKE ${`${filter.action.replace(/[%_\\]/g, '\\$&')}%`}`
        : sql`x.action = ${filter.action}`,
    );
  }
  if (filter.subjectType) where.push(sql`x.subject_type = ${filter.subjectType}`);
  if (filter.subjectId)
    where.push(sql`(x.subject_id = ${filter.subjectId} OR x.subject_label = ${filter.subjectId})`);
  if (filter.since) where.push(sql`x.at >= ${filter.since.toISOString()}::timestamptz`);
  if (filter.until) where.push(sql`x.at <= ${filter.until.toISOString()}::timestamptz`);
  if (filter.before) where.push(sql`x.at < ${filter.before.toISOString()}::timestamptz`);
  const rows = await queryRows<Row>(
    db,
    sql`SELECT x.*, u.display_name AS actor_name FROM (
          SELECT 'audit' AS source, a.id::text AS id, a.created_at AS at, a.actor_type, a.actor_id, a.action,
                 a.subject_type, a.subject_id, NULL::text AS subject_label, a.reason, a.data
            FROM audit_log a
          UNION ALL
          SELECT 'letter', e.id::text, e.created_at, e.actor_type, e.actor_id, 'letter.' || e.name,
                 'letter', e.letter_id::text, l.ref_code, e.reason, e.data
            FROM letter_events e JOIN letters l ON l.id = e.letter_id
          UNION ALL
          SELECT 'reply', e.id::text, e.created_at, e.actor_type, e.actor_id, 'reply.' || e.name,
                 'reply', e.reply_id::text, NULL, e.reason, e.data
            FROM reply_events e
        ) x
        LEFT JOIN users u ON x.actor_type = 'volunteer' AND u.id::text = x.actor_id
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY x.at DESC, x.source, x.id DESC
        LIMIT ${filter.limit}`,
  );
  return rows.map((r) => ({
    source: r.source,
    id: r.id,
    at: new Date(r.at).toISOString(),
    actorType: r.actor_type,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    subjectLabel: r.subject_label,
    reason: r.reason,
    data: r.data,
  }));
}
