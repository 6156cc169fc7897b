/**
 * Every API router, mounted under /api. One line per area; each area lives in its own file.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env';
import { csrfProtection } from '../middleware/csrf';
import { adminRoutes } from './admin';
import { authRoutes } from './auth';
import { coordinatorRoutes } from './coordinator';
import { coordinatorDirectoryRoutes } from './coordinator-directory';
import { coordinatorPhotoRoutes } from './coordinator-photos';
import { deliveryRoutes } from './delivery';
import { dispatchRoutes } from './dispatch';
import { facilityRoutes } from './facilities';
import { healthRoutes } from './health';
import { letterRoutes } from './letters';
import { moderationRoutes } from './moderation';
import { prisonerRoutes } from './prisoners';
import { replyRoutes } from './replies';
import { screeningRoutes } from './screening';
import { statsRoutes } from './stats';
import { volunteerLetterRoutes } from './volunteer-letters';
import { volunteerRoutes } from './volunteer';
import { workbenchRoutes } from './workbench';
import { writerRoutes } from './writer';
import { writerReplyRoutes } from './writer-replies';
import { writerSelfPostRoutes } from './writer-self-post';
import { WRITER_RATE_LIMITS } from '../../writer/rate-limit';
import { writerGuard } from '../../writer/guards';

/** Mounts all API routes on `api` (which the app serves at /api). */
export function mountApiRoutes(api: OpenAPIHono<AppEnv>): void {
  // Before every route: state-changing requests must prove they are not cross-site.
  api.use('*', csrfProtection());
  api.route('/', healthRoutes());
  // Proof-of-work and rate limits in front of letter submission (POST /api/letters).
  api.use(
    '/letters',
    writerGuard({ perIp: WRITER_RATE_LIMITS.lettersPerIp, perEmail: WRITER_RATE_LIMITS.lettersPerEmail }),
  );
  api.route('/', letterRoutes());
  api.route('/', prisonerRoutes());
  api.route('/', facilityRoutes());
  api.route('/', screeningRoutes());
  api.route('/', statsRoutes());
  api.route('/', writerRoutes());
  api.route('/', writerReplyRoutes());
  api.route('/', writerSelfPostRoutes());
  api.route('/', authRoutes());
  api.route('/', volunteerRoutes());
  api.route('/', volunteerLetterRoutes());
  api.route('/', workbenchRoutes());
  api.route('/', moderationRoutes());
  api.route('/', adminRoutes());
  api.route('/', coordinatorRoutes());
  api.route('/', coordinatorDirectoryRoutes());
  api.route('/', coordinatorPhotoRoutes());
  api.route('/', replyRoutes());
  api.route('/', deliveryRoutes());
  api.route('/', dispatchRoutes());
}
