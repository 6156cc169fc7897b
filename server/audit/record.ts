/**
 * Writes audit rows. Call it with the same transaction handle as the change it records, so the
 * row exists exactly when the change does. Rows never carry an email, a letter's text or a token:
 * subjects are ids and pseudonyms, `data` holds counts and names of things.
 */
import type { Queryable } from '../db/database';
import { auditLog } from '../db/schema';
import type { AuditAction } from './actions';

/** Who acted: a volunteer (user id), the system (job name), an operator at the CLI, or nobody known. */
export interface AuditActor {
  type: 'volunteer' | 'system' | 'cli' | 'anonymous';
  id?: string | null;
}

/** One audit entry. */
export interface AuditEntry {
  actor: AuditActor;
  action: AuditAction;
  subject?: { type: string; id: string };
  reason?: string;
  data?: Record<string, unknown>;
}

/** Appends one row to the audit log. */
export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorType: entry.actor.type,
    actorId: entry.actor.id ?? null,
    action: entry.action,
    subjectType: entry.subject?.type ?? null,
    subjectId: entry.subject?.id ?? null,
    reason: entry.reason ?? null,
    data: entry.data ?? null,
  });
}

/** The actor for a signed-in volunteer. */
export const volunteerActor = (userId: string): AuditActor => ({ type: 'volunteer', id: userId });
