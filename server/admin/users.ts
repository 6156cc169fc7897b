/**
 * Managing volunteers: invite, list, change roles and pairs, disable, and invite again (which
 * wipes the password and authenticator, for someone who lost both). Every change is audited;
 * disabling or re-inviting ends the person's sessions at once. An admin cannot lock themselves out.
 */
import { desc, eq, sql } from 'drizzle-orm';
import type { AdminUser } from '../../shared/api/admin';
import { recordAudit, type AuditActor } from '../audit/record';
import { invitationMessage } from '../auth/emails';
import { endAllSessions } from '../auth/sessions';
import {
  INVITATION_TTL_DAYS,
  inviteUser,
  userEmail,
  validateRoles,
  type Invitation,
  type InvitationInput,
} from '../auth/users';
import type { Db } from '../db/database';
import { users } from '../db/schema';
import { badRequest, notFound } from '../errors';
import type { JobContext } from '../jobs/definition';

/** The acting id the CLI passes: an operator at the console, not a user. */
export const CLI_ACTOR_ID = '00000000-0000-0000-0000-000000000000';

const actorFor = (adminId: string): AuditActor =>
  adminId === CLI_ACTOR_ID ? { type: 'cli' } : { type: 'volunteer', id: adminId };

/** Every volunteer, newest first. Emails are decrypted for the admin only. */
export async function listUsers(ctx: Pick<JobContext, 'keys'> & { db: Db }): Promise<AdminUser[]> {
  const rows = await ctx.db.select().from(users).orderBy(desc(users.createdAt));
  return rows.map((u) => ({
    id: u.id,
    email: userEmail(ctx.keys, u),
    displayName: u.displayName,
    roles: u.roles,
    languagePairs: u.languagePairs,
    status: u.status,
    lockedUntil: u.lockedUntil && u.lockedUntil.getTime() > Date.now() ? u.lockedUntil.toISOString() : null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  }));
}

/** Invites a volunteer (audited); with `mail`, the link is also emailed to them. */
export async function inviteVolunteer(
  ctx: JobContext,
  actor: AuditActor,
  input: InvitationInput,
  options: { mail: boolean },
): Promise<Invitation> {
  const invitation = await ctx.db.transaction(async (tx) => {
    const made = await inviteUser(tx, ctx.keys, ctx.config, input);
    await recordAudit(tx, {
      actor,
      action: 'user.invited',
      subject: { type: 'user', id: made.userId },
      data: { roles: input.roles, languagePairs: input.languagePairs ?? [], reissued: made.reissued },
    });
    return made;
  });
  if (options.mail)
    await ctx.mailer.send(invitationMessage(input.email, invitation.link, INVITATION_TTL_DAYS));
  return invitation;
}

/** What an admin may change about a volunteer. */
export interface UserPatch {
  roles?: string[];
  languagePairs?: string[];
  displayName?: string;
  status?: 'active' | 'disabled';
}

/**
 * Changes a volunteer. @throws AppError 404 `user_not_found`, 400 `cannot_demote_self` /
 * `cannot_disable_self` / `invalid_status`.
 */
export async function updateUser(db: Db, adminId: string, userId: string, patch: UserPatch): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!user) throw notFound('user');
    const roles = patch.roles
      ? validateRoles(patch.roles, patch.languagePairs ?? user.languagePairs)
      : user.roles;
    if (patch.languagePairs) validateRoles(roles, patch.languagePairs);
    if (userId === adminId && !roles.includes('admin'))
      throw badRequest('cannot_demote_self', 'You cannot remove your own admin role.');
    if (userId === adminId && patch.status === 'disabled')
      throw badRequest('cannot_disable_self', 'You cannot disable your own account.');
    if (patch.status === 'active' && user.status === 'invited') {
      throw badRequest('invalid_status', 'An invited volunteer becomes active by accepting the invitation.');
    }
    const set = {
      roles,
      languagePairs: patch.languagePairs ?? user.languagePairs,
      displayName: patch.displayName?.trim() || user.displayName,
      status: patch.status ?? user.status,
    };
    await tx.update(users).set(set).where(eq(users.id, userId));
    const ended = set.status === 'disabled' ? await endAllSessions(tx, userId) : 0;
    await recordAudit(tx, {
      actor: actorFor(adminId),
      action: 'user.updated',
      subject: { type: 'user', id: userId },
      data: {
        from: { roles: user.roles, languagePairs: user.languagePairs, status: user.status },
        to: { roles: set.roles, languagePairs: set.languagePairs, status: set.status },
        sessionsEnded: ended,
      },
    });
  });
}

/**
 * Wipes a volunteer's password and authenticator and issues a new invitation link (emailed).
 * @throws AppError 404 `user_not_found`, 400 `cannot_reinvite_self`.
 */
export async function reinviteUser(
  ctx: JobContext,
  adminId: string,
  userId: string,
  options = { mail: true },
): Promise<Invitation> {
  if (userId === adminId) throw badRequest('cannot_reinvite_self', 'Ask another admin to invite you again.');
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound('user');
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        status: 'invited',
        passwordHash: null,
        totpSecretCiphertext: null,
        totpLastStep: null,
        recoveryCodeHashes: sql`'{}'::text[]`,
      })
      .where(eq(users.id, userId));
    await endAllSessions(tx, userId);
  });
  const email = userEmail(ctx.keys, user);
  return inviteVolunteer(
    ctx,
    actorFor(adminId),
    { email, roles: user.roles, languagePairs: user.languagePairs },
    options,
  );
}
