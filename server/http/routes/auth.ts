/**
 * Volunteer sign-in and account routes under /api/auth: sign in (password + TOTP in one step),
 * sign out (here or everywhere), accept an invitation (password, then authenticator), reset a
 * password by email, renew recovery codes. Everything that could be brute-forced is rate limited
 * per address (and per email) in the database, on top of the account lockout.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { UI_LANGUAGES } from '../../../shared/limits';
import { logOutEverywhere, getUser, renewRecoveryCodes, updateProfile } from '../../auth/account';
import { clearSessionCookie, setSessionCookie } from '../../auth/cookie';
import { chooseInvitationPassword, completeInvitation, inspectInvitation } from '../../auth/invitation';
import { login } from '../../auth/login';
import { PASSWORD_MAX_LENGTH } from '../../auth/passwords';
import { completePasswordReset, requestPasswordReset } from '../../auth/password-reset';
import { MeSchema, presentMe } from '../../auth/presenters';
import { endSession } from '../../auth/sessions';
import { recordAudit } from '../../audit/record';
import { clientAddress } from '../../writer/client-address';
import { enforceRateLimit, type RateLimit } from '../../writer/rate-limit';
import type { AppEnv } from '../app-env';
import { errorResponses } from '../error-schema';
import { currentUser, requireUser } from '../middleware/auth';
import { createRouter } from '../router';

/** Limits on the volunteer entry points (the account lockout sits behind them). */
export const AUTH_RATE_LIMITS = {
  loginPerIp: { name: 'volunteer-login:ip', max: 30, windowMs: 15 * 60_000 },
  loginPerEmail: { name: 'volunteer-login:email', max: 10, windowMs: 15 * 60_000 },
  resetPerIp: { name: 'volunteer-reset:ip', max: 10, windowMs: 3600_000 },
  resetPerEmail: { name: 'volunteer-reset:email', max: 3, windowMs: 3600_000 },
  invitationPerIp: { name: 'volunteer-invitation:ip', max: 30, windowMs: 15 * 60_000 },
} as const satisfies Record<string, RateLimit>;

const limit = (c: Context<AppEnv>, rule: RateLimit, subject: string) => {
  const { db, keys } = c.get('deps');
  return enforceRateLimit(db, keys, rule, subject);
};

const Token = z.string().min(20).max(200);
const Password = z.string().min(1).max(PASSWORD_MAX_LENGTH);
const Code = z.string().trim().min(6).max(20);
const Email = z.string().trim().pipe(z.email().max(254));
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: json(schema) } });
const ok = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: json(schema) });
const Done = z.object({ ok: z.literal(true) });
const authed = () => ({ middleware: [requireUser()], tags: ['auth'] });

const routes = {
  login: createRoute({
    method: 'post',
    path: '/auth/login',
    tags: ['auth'],
    summary: 'Sign in with email, password and a TOTP or recovery code',
    request: body(z.strictObject({ email: Email, password: Password, code: Code })),
    responses: {
      200: ok(
        'Signed in; the session cookie is set',
        z.object({ user: MeSchema, usedRecoveryCode: z.boolean() }),
      ),
      ...errorResponses(400, 401, 429),
    },
  }),
  logout: createRoute({
    method: 'post',
    path: '/auth/logout',
    ...authed(),
    summary: 'Sign out of this session',
    responses: { 200: ok('Signed out', Done), ...errorResponses(401) },
  }),
  logoutEverywhere: createRoute({
    method: 'post',
    path: '/auth/logout-everywhere',
    ...authed(),
    summary: 'End every session of this volunteer',
    responses: {
      200: ok('All sessions ended', z.object({ ended: z.number().int() })),
      ...errorResponses(401),
    },
  }),
  me: createRoute({
    method: 'get',
    path: '/auth/me',
    ...authed(),
    summary: 'The signed-in volunteer and their permissions',
    responses: { 200: ok('The volunteer', MeSchema), ...errorResponses(401) },
  }),
  updateMe: createRoute({
    method: 'patch',
    path: '/auth/me',
    ...authed(),
    summary: 'Change display name or interface language',
    request: body(
      z.strictObject({
        displayName: z.string().trim().min(1).max(60).optional(),
        uiLanguage: z.enum(UI_LANGUAGES).optional(),
      }),
    ),
    responses: { 200: ok('Updated', MeSchema), ...errorResponses(400, 401) },
  }),
  recoveryCodes: createRoute({
    method: 'post',
    path: '/auth/recovery-codes',
    ...authed(),
    summary: 'Replace the recovery codes (needs a current TOTP code)',
    request: body(z.strictObject({ code: Code })),
    responses: {
      200: ok('New codes, shown once', z.object({ recoveryCodes: z.array(z.string()) })),
      ...errorResponses(400, 401),
    },
  }),
  inspectInvitation: createRoute({
    method: 'post',
    path: '/auth/invitation',
    tags: ['auth'],
    summary: 'Check an invitation link',
    request: body(z.strictObject({ token: Token })),
    responses: {
      200: ok(
        'The invitation',
        z.object({ displayName: z.string(), roles: z.array(z.string()), languagePairs: z.array(z.string()) }),
      ),
      ...errorResponses(400, 410, 429),
    },
  }),
  invitationPassword: createRoute({
    method: 'post',
    path: '/auth/invitation/password',
    tags: ['auth'],
    summary: 'Accept an invitation: choose a password, get a TOTP secret',
    request: body(
      z.strictObject({ token: Token, password: Password, displayName: z.string().trim().max(60).optional() }),
    ),
    responses: {
      200: ok(
        'Scan the secret with an authenticator app',
        z.object({ secret: z.string(), otpauthUri: z.string() }),
      ),
      ...errorResponses(400, 410, 429),
    },
  }),
  invitationComplete: createRoute({
    method: 'post',
    path: '/auth/invitation/complete',
    tags: ['auth'],
    summary: 'Confirm the authenticator with a first code; signs in',
    request: body(z.strictObject({ token: Token, code: Code })),
    responses: {
      200: ok(
        'Active and signed in; recovery codes are shown once',
        z.object({ user: MeSchema, recoveryCodes: z.array(z.string()) }),
      ),
      ...errorResponses(400, 409, 410, 429),
    },
  }),
  resetRequest: createRoute({
    method: 'post',
    path: '/auth/password-reset',
    tags: ['auth'],
    summary: 'Email a password reset link (same answer whether or not the account exists)',
    request: body(z.strictObject({ email: Email })),
    responses: { 202: ok('If the account exists, a link is on its way', Done), ...errorResponses(400, 429) },
  }),
  resetComplete: createRoute({
    method: 'post',
    path: '/auth/password-reset/complete',
    tags: ['auth'],
    summary: 'Set a new password with the link and a TOTP or recovery code',
    request: body(z.strictObject({ token: Token, password: Password, code: Code })),
    responses: { 200: ok('Password changed; every session ended', Done), ...errorResponses(400, 410, 429) },
  }),
};

/** Routes under /api/auth. */
export function authRoutes() {
  return createRouter()
    .openapi(routes.login, async (c) => {
      const input = c.req.valid('json');
      await limit(c, AUTH_RATE_LIMITS.loginPerIp, clientAddress(c));
      await limit(c, AUTH_RATE_LIMITS.loginPerEmail, input.email);
      const result = await login(c.get('deps'), input);
      setSessionCookie(c, result.token, result.expiresAt);
      return c.json({ user: presentMe(result.user), usedRecoveryCode: result.usedRecoveryCode }, 200);
    })
    .openapi(routes.logout, async (c) => {
      const user = currentUser(c);
      const { db } = c.get('deps');
      await endSession(db, user.sessionHash);
      await recordAudit(db, {
        actor: { type: 'volunteer', id: user.id },
        action: 'auth.logout',
        subject: { type: 'user', id: user.id },
      });
      clearSessionCookie(c);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(routes.logoutEverywhere, async (c) => {
      const ended = await logOutEverywhere(c.get('deps').db, currentUser(c).id);
      clearSessionCookie(c);
      return c.json({ ended }, 200);
    })
    .openapi(routes.me, async (c) =>
      c.json(presentMe(await getUser(c.get('deps').db, currentUser(c).id)), 200),
    )
    .openapi(routes.updateMe, async (c) => {
      const user = await updateProfile(c.get('deps').db, currentUser(c).id, c.req.valid('json'));
      return c.json(presentMe(user), 200);
    })
    .openapi(routes.recoveryCodes, async (c) => {
      const { db, keys } = c.get('deps');
      const recoveryCodes = await renewRecoveryCodes(db, keys, currentUser(c).id, c.req.valid('json').code);
      return c.json({ recoveryCodes }, 200);
    })
    .openapi(routes.inspectInvitation, async (c) => {
      await limit(c, AUTH_RATE_LIMITS.invitationPerIp, clientAddress(c));
      return c.json(await inspectInvitation(c.get('deps').db, c.req.valid('json').token), 200);
    })
    .openapi(routes.invitationPassword, async (c) => {
      await limit(c, AUTH_RATE_LIMITS.invitationPerIp, clientAddress(c));
      const { db, keys } = c.get('deps');
      const { token, ...input } = c.req.valid('json');
      return c.json(await chooseInvitationPassword(db, keys, token, input), 200);
    })
    .openapi(routes.invitationComplete, async (c) => {
      await limit(c, AUTH_RATE_LIMITS.invitationPerIp, clientAddress(c));
      const { db, keys, config } = c.get('deps');
      const { token, code } = c.req.valid('json');
      const result = await completeInvitation(db, keys, config, token, code);
      setSessionCookie(c, result.session.token, result.session.expiresAt);
      return c.json({ user: presentMe(result.user), recoveryCodes: result.recoveryCodes }, 200);
    })
    .openapi(routes.resetRequest, async (c) => {
      const { email } = c.req.valid('json');
      await limit(c, AUTH_RATE_LIMITS.resetPerIp, clientAddress(c));
      await limit(c, AUTH_RATE_LIMITS.resetPerEmail, email);
      await requestPasswordReset(c.get('deps'), email);
      return c.json({ ok: true as const }, 202);
    })
    .openapi(routes.resetComplete, async (c) => {
      await limit(c, AUTH_RATE_LIMITS.invitationPerIp, clientAddress(c));
      await completePasswordReset(c.get('deps'), c.req.valid('json'));
      clearSessionCookie(c);
      return c.json({ ok: true as const }, 200);
    });
}
