/**
 * The test object of every browser test: `baseURL` points at the server the global setup started,
 * and `mail` reads what the real SMTP server received.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { linkToken, mailText } from '../../test/mail-text';

/** Waits for a message to `to` whose text matches `pattern`; returns its decoded text. */
async function waitForMail(to: string, pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  const dir = process.env.E2E_MAIL_DIR!;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const name of fs.readdirSync(dir).sort().reverse()) {
      const raw = fs.readFileSync(path.join(dir, name), 'utf8');
      const text = mailText(raw);
      if (new RegExp(`^To: ${to}`, 'mi').test(text) && pattern.test(text)) return raw;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no email to ${to} matching ${pattern}`);
}

/** Test with the server's base URL and mail helpers. */
export const test = base.extend<{
  mail: { waitFor: typeof waitForMail; linkToken: typeof linkToken };
  browserLog: void;
}>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure.
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure.
  mail: async ({}, use) => {
    await use({ waitFor: waitForMail, linkToken });
  },
  // What the browser said while a test ran, printed only when the test fails: CI keeps the
  // output, not the test-results folder, and a page that stalls rarely says why on screen.
  browserLog: [
    async ({ context }, use, testInfo) => {
      const lines: string[] = [];
      const note = (line: string) => lines.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
      context.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') note(`console ${m.type()}: ${m.text()}`);
      });
      context.on('weberror', (e) => note(`page error: ${e.error().message}`));
      context.on('requestfailed', (r) =>
        note(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`),
      );
      context.on('response', (r) => {
        if (r.status() >= 400) note(`response ${r.status()}: ${r.request().method()} ${r.url()}`);
      });
      await use();
      if (testInfo.status !== testInfo.expectedStatus && lines.length > 0) {
        console.log(`browser log of "${testInfo.title}":\n  ${lines.join('\n  ')}`);
      }
    },
    { auto: true },
  ],
});

export { expect };
