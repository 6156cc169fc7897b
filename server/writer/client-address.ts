/** The address a request came from, for per-IP rate limits. */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The socket's remote address, or `unknown` for in-process requests (tests). Headers such as
 * X-Forwarded-For are ignored on purpose: anyone can send them. Behind a reverse proxy every
 * writer shares the proxy's address, so the per-email limits carry the load there.
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
