/**
 * Guards on the writer's unauthenticated entry points: a spent ALTCHA proof-of-work, then rate
 * limits per address and per email. Installed in front of `POST /api/letters` (whose route lives
 * with the letter pipeline) and called by the sign-in route.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from '../http/app-env';
import { ALTCHA_HEADER, verifyAltcha } from './altcha';
import { clientAddress } from './client-address';
import { enforceRateLimit, type RateLimit } from './rate-limit';

/** Runs the proof-of-work check (when enabled) and both rate limits for one request. */
export async function guardWriterRequest(
  deps: AppDeps,
  request: { altcha: string | undefined; address: string; email: string | undefined },
  limits: { perIp: RateLimit; perEmail: RateLimit },
): Promise<void> {
  const { db, keys, config } = deps;
  if (config.PROOF_OF_WORK) await verifyAltcha(db, keys, request.altcha);
  await enforceRateLimit(db, keys, limits.perIp, request.address);
  if (request.email) await enforceRateLimit(db, keys, limits.perEmail, request.email);
}

/** The email field of a JSON body, if there is one (validation proper happens in the route). */
async function emailOf(c: Parameters<MiddlewareHandler<AppEnv>>[0]): Promise<string | undefined> {
  try {
    // Hono caches the parsed body, so the route's validator reads the same object again.
    const body = await c.req.json<{ email?: unknown }>();
    return typeof body.email === 'string' ? body.email : undefined;
  } catch {
    return undefined;
  }
}

/** Middleware guarding a POST with proof-of-work and per-IP/per-email limits. */
export function writerGuard(limits: { perIp: RateLimit; perEmail: RateLimit }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    await guardWriterRequest(
      c.get('deps'),
      { altcha: c.req.header(ALTCHA_HEADER), address: clientAddress(c), email: await emailOf(c) },
      limits,
    );
    return next();
  };
}
