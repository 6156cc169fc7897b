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
export const test = base.extend<{ mail: { waitFor: typeof waitForMail; linkToken: typeof linkToken } }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure.
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure.
  mail: async ({}, use) => {
    await use({ waitFor: waitForMail, linkToken });
  },
});

export { expect };
