/**
 * Web app benchmark: gzipped JavaScript per public route (home, write) as the browser actually
 * loads it, and first contentful paint of the home and write pages in headless Chromium on
 * loopback (median of 10 cold loads), next to a static hello-world page served by the same
 * server in the same run. Standalone: `npx tsx bench/web.bench.ts`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { chromium, type Browser } from 'playwright-core';
import { loadConfig } from '../server/config';
import { createApp } from '../server/http/app';
import { openRuntime } from '../server/runtime';
import { buildPrisoner } from '../test/factories';
import { median, type BenchRow } from './report';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HELLO =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hello</title></head><body><p>Hello, world.</p></body></html>';
const RUNS = 10;

/** Loads `url` in a fresh context; returns FCP in ms and the gzipped bytes of the JS it fetched. */
async function load(browser: Browser, url: string): Promise<{ fcp: number; jsGzip: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const bodies: Promise<number>[] = [];
  page.on('response', (res) => {
    if (res.url().endsWith('.js'))
      bodies.push(
        res.body().then(
          (b) => gzipSync(b, { level: 9 }).length,
          () => 0,
        ),
      );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // A string, not a function: the TypeScript loader would wrap a function with helpers the page lacks.
  const fcp = await page.evaluate<number>(`new Promise((resolve) => {
    const done = () => {
      const entry = performance.getEntriesByName('first-contentful-paint')[0];
      if (entry) resolve(entry.startTime); else setTimeout(done, 20);
    };
    done();
  })`);
  const jsGzip = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
  await context.close();
  return { fcp, jsGzip };
}

/** Runs the benchmark and returns its rows. */
export async function runWebBench(): Promise<BenchRow[]> {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'ensure-web-build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-web-bench-'));
  const runtime = await openRuntime(
    loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', RUN_WORKER_IN_PROCESS: 'false' }),
  );
  const prisoner = await buildPrisoner(runtime.db, { latinNames: ['Ivanov Ivan'], interests: ['books'] });
  const app = createApp(runtime, { webDir: path.join(root, 'dist', 'web') });
  // The baseline is served by the same process and HTTP stack, only without the app.
  const outer = new Hono();
  outer.get('/bench-hello.html', (c) => c.html(HELLO));
  outer.all('*', (c) => app.fetch(c.req.raw, c.env));
  const server = serve({ fetch: outer.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const pages = {
      home: `${base}/`,
      write: `${base}/write/${prisoner.id}`,
      hello: `${base}/bench-hello.html`,
    };
    const fcp: Record<string, number[]> = { home: [], write: [], hello: [] };
    const js: Record<string, number> = {};
    await load(browser, pages.home); // warm the server's caches; not counted
    for (let i = 0; i < RUNS; i++) {
      for (const [name, url] of Object.entries(pages)) {
        const result = await load(browser, url);
        fcp[name]!.push(result.fcp);
        js[name] = result.jsGzip;
      }
    }
    const hello = median(fcp.hello!);
    const budget = 200 * 1024;
    return [
      {
        name: 'web: JS gzipped, home route',
        value: js.home!,
        unit: 'bytes',
        baseline: budget,
        ratio: js.home! / budget,
        target: '≤ 200 KB',
      },
      {
        name: 'web: JS gzipped, write route',
        value: js.write!,
        unit: 'bytes',
        baseline: budget,
        ratio: js.write! / budget,
        target: '≤ 200 KB',
      },
      {
        name: 'web: FCP home (median of 10)',
        value: median(fcp.home!),
        unit: 'ms',
        baseline: hello,
        ratio: median(fcp.home!) / hello,
      },
      {
        name: 'web: FCP write (median of 10)',
        value: median(fcp.write!),
        unit: 'ms',
        baseline: hello,
        ratio: median(fcp.write!) / hello,
      },
      { name: 'web: FCP static hello-world (baseline)', value: hello, unit: 'ms' },
    ];
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    await runtime.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = await runWebBench();
  for (const row of rows) {
    const extra =
      row.baseline !== undefined
        ? `  (baseline ${row.baseline.toFixed(1)}, ratio ${row.ratio!.toFixed(2)})`
        : '';
    console.log(`${row.name}: ${row.value.toFixed(1)} ${row.unit}${extra}`);
  }
}
