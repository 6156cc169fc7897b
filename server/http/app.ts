/**
 * The HTTP application: security headers, request ids, body limits and error handling around the
 * API routes, the OpenAPI document, and the built web app for every other path.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_JSON_BODY_BYTES, MAX_UPLOAD_BYTES } from '../../shared/limits';
import { AppError } from '../errors';
import type { AppDeps, AppEnv } from './app-env';
import { handleError, handleNotFound } from './middleware/errors';
import { securityHeaders } from './middleware/security-headers';
import { mountApiRoutes } from './routes';
import { createRouter } from './router';

/** Options of the app. */
export interface AppOptions {
  /** Folder with the built web app (index.html and assets); omitted in API-only tests. */
  webDir?: string;
}

/** Builds the Hono app around `deps`. Tests call `app.request()` on it in-process. */
export function createApp(deps: AppDeps, options: AppOptions = {}): OpenAPIHono<AppEnv> {
  const app = createRouter();
  app.use('*', securityHeaders());
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('requestId', randomUUID());
    await next();
  });
  // Uploads (scans, photos) may be large; everything else is small JSON.
  const tooLarge = () => {
    throw new AppError(413, 'payload_too_large', 'The request body is too large.');
  };
  const uploadLimit: MiddlewareHandler<AppEnv> = bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: tooLarge });
  const jsonLimit: MiddlewareHandler<AppEnv> = bodyLimit({ maxSize: MAX_JSON_BODY_BYTES, onError: tooLarge });
  const limitBody: MiddlewareHandler<AppEnv> = (c, next) =>
    (c.req.header('content-type') ?? '').startsWith('multipart/form-data')
      ? uploadLimit(c, next)
      : jsonLimit(c, next);
  app.use('/api/*', limitBody);
  app.use('/api/*', async (c, next) => {
    await next();
    // A route that chose its own (a download marked "private, no-store") keeps it.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });

  const api = createRouter();
  mountApiRoutes(api);
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Letterbridge API',
      version: '1',
      description: 'Letters to political prisoners, and replies back.',
    },
  });
  api.notFound(handleNotFound);
  app.route('/api', api);

  if (options.webDir && fs.existsSync(path.join(options.webDir, 'index.html'))) {
    const root = path.relative(process.cwd(), options.webDir) || '.';
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root }));
    // Client-side routes: every other GET gets the app shell — but an unknown API path stays a JSON 404.
    const shell = fs.readFileSync(path.join(options.webDir, 'index.html'), 'utf8');
    app.get('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : c.html(shell)));
  }
  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}
