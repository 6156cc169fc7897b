/**
 * Every API router, mounted under /api. One line per area; each area lives in its own file.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env';
import { healthRoutes } from './health';
import { letterRoutes } from './letters';

/** Mounts all API routes on `api` (which the app serves at /api). */
export function mountApiRoutes(api: OpenAPIHono<AppEnv>): void {
  api.route('/', healthRoutes());
  api.route('/', letterRoutes());
}
