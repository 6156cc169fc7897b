/**
 * Runs Letterbridge: the HTTP server (API and web app) and, unless told otherwise, the job worker
 * in the same process. Stops cleanly on SIGINT/SIGTERM: no new requests or jobs, running jobs
 * finish, the database is closed (releasing the embedded database's lock).
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './http/app';
import { JOB_DEFINITIONS, RECURRING_JOBS } from './jobs/registry';
import { startWorker, type Worker } from './jobs/worker';
import type { Runtime } from './runtime';

/** The built web app, beside the sources: dist/web. */
export const DEFAULT_WEB_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'dist',
  'web',
);

/** A running server. */
export interface RunningServer {
  url: string;
  server: ServerType;
  worker?: Worker;
  stop(): Promise<void>;
}

/** Starts the worker for `runtime` with the configured concurrency and timers. */
export function startJobWorker(runtime: Runtime): Worker {
  return startWorker({
    context: runtime,
    definitions: JOB_DEFINITIONS,
    recurring: RECURRING_JOBS,
    concurrency: runtime.config.WORKER_CONCURRENCY,
    pollMs: runtime.config.WORKER_POLL_MS,
  });
}

/** Starts the HTTP server (and the in-process worker when configured). */
export async function startServer(runtime: Runtime, webDir = DEFAULT_WEB_DIR): Promise<RunningServer> {
  const app = createApp(runtime, { webDir });
  const worker = runtime.config.RUN_WORKER_IN_PROCESS ? startJobWorker(runtime) : undefined;
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: runtime.config.PORT, hostname: runtime.config.HOST }, () =>
      resolve(s),
    );
  });
  const { port } = server.address() as AddressInfo;
  const host = runtime.config.HOST === '0.0.0.0' ? 'localhost' : runtime.config.HOST;
  return {
    url: `http://${host}:${port}`,
    server,
    worker,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await worker?.stop();
    },
  };
}
