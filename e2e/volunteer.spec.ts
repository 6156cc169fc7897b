/**
 * A volunteer accepts an invitation (password, authenticator, recovery codes), signs out, signs in
 * with password and TOTP, and works the review queue from the keyboard: n takes the next letter,
 * a approves, b sends back with a reason. Every other letter in the queue is an XSS payload: each
 * is shown as text, nothing runs, nothing is injected. Screenshots at 1280 and 360 px go to
 * test-results/volunteer/ (not part of the repository).
 */
import path from 'node:path';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { currentTotp } from '../server/auth/totp';
import { XSS_PAYLOADS } from '../test/xss-payloads';
import { expect, test } from './support/fixtures';
import { E2E_MODERATOR_EMAIL, E2E_PLAIN_LETTER, invitationFile } from './support/volunteer-seed';

const PASSWORD = 'four unrelated words here';
const SHOTS = path.resolve('test-results', 'volunteer');

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Nothing from the corpus ran or became an element. */
async function expectInert(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(
    await page
      .locator(
        '.dash-text :is(img, script, svg, iframe, video, object, input, details, form, a, style, math, meta)',
      )
      .count(),
  ).toBe(0);
}

test('a volunteer signs up with TOTP, signs in and works the review queue by keyboard', async ({ page }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const token = fs.readFileSync(
    invitationFile(path.join(path.dirname(process.env.E2E_MAIL_DIR!), 'data')),
    'utf8',
  );

  // Accept the invitation: password, then the authenticator key and a first code.
  await page.goto(`/volunteer/invitation#${token}`);
  await expect(page.getByRole('heading', { name: 'Welcome to Letterbridge' })).toBeVisible();
  expect(page.url()).not.toContain(token);
  await page.getByLabel('Choose a password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();
  const secret = (await page.getByTestId('totp-secret').getAttribute('data-secret'))!;
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await shot(page, 'enrol-1280');
  await page.getByLabel('Code from your authenticator app').fill(currentTotp(secret));
  await page.getByRole('button', { name: 'Confirm and sign in' }).click();
  await expect(page.getByTestId('recovery-codes').locator('li')).toHaveCount(10);
  await page.getByRole('button', { name: /I have saved them/ }).click();

  // Sign out, then in again with password and the next TOTP code.
  await expect(page.getByRole('heading', { name: 'Your queues' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Volunteer sign-in' })).toBeVisible();
  await page.getByLabel('Email').fill(E2E_MODERATOR_EMAIL);
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByLabel('Code from your authenticator app').fill(currentTotp(secret, Date.now() + 30_000));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Wrong email, password or code');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();

  // Home: the review queue with its count and the age of the oldest letter.
  const review = page.locator('[data-queue="letters.review"]');
  await expect(review.locator('.dash-count strong')).toHaveText(String(XSS_PAYLOADS.length + 1));
  await expect(review).toContainText('oldest');
  await shot(page, 'home-1280');

  // n: take the oldest letter; a: approve it — the next one opens by itself.
  await page.keyboard.press('n');
  await expect(page.getByTestId('letter-body')).toContainText(E2E_PLAIN_LETTER);
  await expect(page.getByText(/You hold this letter for \d+ more minutes/)).toBeVisible();
  await shot(page, 'letter-1280');
  const firstUrl = page.url();
  await page.keyboard.press('a');
  await expect(page).not.toHaveURL(firstUrl);

  // The payloads, one by one: shown as text, inert; alternately sent back (b) and approved (a).
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    const body = page.getByTestId('letter-body');
    await expect(body).toContainText(payload.replace(/\r\n/g, '\n').split('\n')[0]!);
    await expectInert(page);
    const url = page.url();
    if (i % 2 === 0) {
      await page.keyboard.press('b');
      await page.getByLabel(/What should the writer change/).fill(`Please rewrite: ${payload}`);
      await page.keyboard.press('Control+Enter');
    } else {
      await page.keyboard.press('a');
    }
    if (i < XSS_PAYLOADS.length - 1) await expect(page).not.toHaveURL(url);
  }
  await expect(page.getByText('That was the last one. Well done!')).toBeVisible();
  await expectInert(page);

  // The audit log shows the work, reasons as text.
  await page.goto('/volunteer/audit');
  await page.getByLabel(/Action/).fill('letter.');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.locator('.dash-audit tbody tr')).toHaveCount(XSS_PAYLOADS.length + 1);
  await expectInert(page);
  await shot(page, 'audit-1280');

  // A coordinator's import: the dry run shows who would be added, field by field; nothing is written.
  await page.getByRole('link', { name: 'Import' }).click();
  await page
    .getByLabel('File')
    .setInputFiles(path.resolve('server/directory/importers/fixtures/ovdinfo-export.csv'));
  await page.getByRole('button', { name: 'Preview the changes (dry run)' }).click();
  await expect(page.getByRole('status').filter({ hasText: /\d+ new/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Мифтахов Ильдар Ильдусович/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import for real' })).toBeVisible();
  await shot(page, 'import-dry-run-1280');

  // Russian, and a phone-sized screen.
  await page.goto('/volunteer');
  await page.getByRole('combobox').selectOption('ru');
  await expect(page.getByRole('heading', { name: 'Ваши очереди' })).toBeVisible();
  await shot(page, 'home-ru-1280');
  await page.setViewportSize({ width: 360, height: 740 });
  await shot(page, 'home-ru-360');
  await page.goto('/volunteer/audit');
  await shot(page, 'audit-ru-360');
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
});
