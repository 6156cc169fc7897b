/**
 * Volunteer accounts: found by a keyed hash of the email, which is stored only encrypted.
 * Invitations are single-use access tokens (purpose `invitation`) pointing at the user row.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Config } from '../config';
import type { Queryable } from '../db/database';
import { accessTokens, users } from '../db/schema';
import { badRequest, conflict } from '../errors';
import { normalizeEmail } from '../letters/writers';
import { isRole, LANGUAGE_PAIR_PATTERN, type Role } from '../policies';
import { decrypt, encrypt } from '../security/encryption';
import { keyedHash, type SecretKeys } from '../security/keys';
import { hashToken, newToken } from '../security/tokens';

/** How long an invitation link works. */
export const INVITATION_TTL_DAYS = 7;

/** A user row. */
export type UserRow = typeof users.$inferSelect;

/** The lookup hash of a volunteer's email (a different namespace from writers'). */
export function volunteerEmailHash(keys: SecretKeys, email: string): string {
  return keyedHash(keys, `volunteer-email:${normalizeEmail(email)}`);
}

/** The user with this email, if any. */
export async function findUserByEmail(
  db: Queryable,
  keys: SecretKeys,
  email: string,
): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.emailHash, volunteerEmailHash(keys, email)));
  return row;
}

/** The volunteer's email in clear (for mail and the admin's user list). */
export function userEmail(keys: SecretKeys, user: Pick<UserRow, 'email'>): string {
  return decrypt(keys, user.email);
}

/** Checks roles and language pairs. @throws AppError 400 `invalid_role` / `invalid_language_pair`. */
export function validateRoles(roles: readonly string[], languagePairs: readonly string[]): Role[] {
  const bad = roles.find((role) => !isRole(role));
  if (bad !== undefined) throw badRequest('invalid_role', `Unknown role "${bad}".`);
  const pair = languagePairs.find((p) => !LANGUAGE_PAIR_PATTERN.test(p));
  if (pair !== undefined)
    throw badRequest('invalid_language_pair', `"${pair}" is not a pair like "de-ru" or "ru-de".`);
  return [...new Set(roles)] as Role[];
}

/** What an invitation needs. */
export interface InvitationInput {
  email: string;
  roles: readonly string[];
  languagePairs?: readonly string[];
  displayName?: string;
}

/** A freshly issued invitation: the token is shown once (CLI output, email), only its hash is kept. */
export interface Invitation {
  userId: string;
  token: string;
  link: string;
  expiresAt: Date;
  /** True when the person had been invited before and got a new link. */
  reissued: boolean;
}

/** The link a token is sent in. The token sits in the fragment, so it never reaches a server log or a Referer. */
export function volunteerLink(
  config: Pick<Config, 'PUBLIC_URL'>,
  page: 'invitation' | 'reset',
  token: string,
): string {
  return `${config.PUBLIC_URL.replace(/\/$/, '')}/volunteer/${page}#${token}`;
}

/**
 * Creates an invited user (or re-invites one not yet active) and issues a one-time link.
 * @throws AppError 409 `user_exists` when the email belongs to an active or disabled account.
 */
export async function inviteUser(
  db: Queryable,
  keys: SecretKeys,
  config: Config,
  input: InvitationInput,
): Promise<Invitation> {
  const roles = validateRoles(input.roles, input.languagePairs ?? []);
  if (roles.length === 0) throw badRequest('invalid_role', 'Give the volunteer at least one role.');
  const email = normalizeEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw badRequest('invalid_email', 'That is not an email address.');
  const existing = await findUserByEmail(db, keys, email);
  if (existing && existing.status !== 'invited') {
    throw conflict('user_exists', 'A volunteer with this email already has an account.');
  }
  const values = {
    roles,
    languagePairs: [...new Set(input.languagePairs ?? [])],
    displayName: input.displayName?.trim() || existing?.displayName || email.split('@')[0]!,
  };
  const [user] = existing
    ? await db.update(users).set(values).where(eq(users.id, existing.id)).returning()
    : await db
        .insert(users)
        .values({
          ...values,
          email: encrypt(keys, email),
          emailHash: volunteerEmailHash(keys, email),
          status: 'invited',
        })
        .returning();
  // An older unused link stops working when a new one is issued.
  await db
    .update(accessTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(accessTokens.userId, user!.id),
        eq(accessTokens.purpose, 'invitation'),
        isNull(accessTokens.usedAt),
      ),
    );
  const token = newToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600_000);
  await db
    .insert(accessTokens)
    .values({ tokenHash: hashToken(token), purpose: 'invitation', userId: user!.id, expiresAt });
  return {
    userId: user!.id,
    token,
    link: volunteerLink(config, 'invitation', token),
    expiresAt,
    reissued: Boolean(existing),
  };
}
