/**
 * An in-process app over a test database, for HTTP tests with `app.request()`: no server, no
 * port. Mail goes to a temporary outbox the test can read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../shared/csrf';
import { loadConfig, type Config } from '../server/config';
import { createApp } from '../server/http/app';
import { startWorker } from '../server/jobs/worker';
import { JOB_DEFINITIONS } from '../server/jobs/registry';
import { createLogger } from '../server/log';
import { runtimeFor, type Runtime } from '../server/runtime';
import { createTestDatabase, type TestDatabase } from './database';
import { testKeys } from './factories';

/** A test app and its services. */
export interface TestApp {
  app: ReturnType<typeof createApp>;
  runtime: Runtime;
  database: TestDatabase;
  outboxDir: string;
  /** Runs every due job now (jobs enqueue more jobs; runs until the queue is idle). */
  runJobs(): Promise<number>;
  /** JSON request helper: `await call('POST', '/api/letters', body)`. */
  call(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** The .eml files written so far, oldest first. */
  outbox(): string[];
  close(): Promise<void>;
}

/** Builds a test app; `env` overrides configuration variables. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-test-'));
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    // Tests of the proof-of-work itself pass PROOF_OF_WORK: 'true'.
    PROOF_OF_WORK: 'false',
    ...env,
  });
  const runtime = runtimeFor(database, config, createLogger(config.LOG_LEVEL), testKeys);
  const app = createApp(runtime);
  const worker = startWorker(
    { context: runtime, definitions: JOB_DEFINITIONS, concurrency: 4, pollMs: 50 },
    false,
  );
  const outboxDir = path.join(dataDir, 'outbox');
  return {
    app,
    runtime,
    database,
    outboxDir,
    runJobs: () => worker.drain(),
    call: (method, url, body, headers = {}) =>
      Promise.resolve(
        app.request(url, {
          method,
          // Like the web app, every call carries the anti-forgery header (server/http/middleware/csrf.ts).
          headers: {
            [CSRF_HEADER]: CSRF_HEADER_VALUE,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...headers,
          },
          body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
    outbox: () =>
      fs.existsSync(outboxDir)
        ? fs
            .readdirSync(outboxDir)
            .sort()
            .map((f) => fs.readFileSync(path.join(outboxDir, f), 'utf8'))
        : [],
    close: async () => {
      await worker.stop();
      await database.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
