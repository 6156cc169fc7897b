/**
 * What the admin screens read (GET /api/admin/users, presented by server/admin/users.ts, and
 * GET /api/admin/audit, by server/audit/query.ts).
 */

/** A volunteer as the admin's list shows them. The email is shown to admins only. */
export interface AdminUser {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  languagePairs: string[];
  status: string;
  /** Set while sign-in is locked after failed attempts. */
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

/** One line of the audit viewer: an audit log entry, or a letter's or reply's transition. */
export interface AuditLine {
  /** Which table the line comes from. */
  source: 'audit' | 'letter' | 'reply';
  id: string;
  at: string;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  /** An audit action ("writer.reveal"), or "letter." or "reply." and the event's name. */
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  /** A human handle for the subject (a letter's reference code). */
  subjectLabel: string | null;
  reason: string | null;
  data: Record<string, unknown> | null;
}
