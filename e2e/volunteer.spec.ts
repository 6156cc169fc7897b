/**
 * A volunteer accepts an invitation (password, authenticator, recovery codes), signs out, signs in
 * with password and TOTP, and works the review queue from the keyboard: n takes the next letter,
 * which opens in moderation; b asks the writer for changes in their own words, Ctrl+Enter sends
 * and the next letter opens. Every other letter in the queue is an XSS payload: each is shown as
 * text, nothing runs, nothing is injected. Every screen in the header opens; the return address is
 * set field by field in the settings and survives a reload. Screenshots at 1280 and 360 px go to
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
        ':is(.dash-text, .mod-texts, .mod-preview) :is(img, script, svg, iframe, video, object, input, details, form, a, style, math, meta)',
      )
      .count(),
  ).toBe(0);
}

/** The first paragraph of the original as the moderator reads it, without the flags' numbers. */
async function originalText(page: Page): Promise<string> {
  return page.getByTestId('mod-original').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.mod-n, .visually-hidden').forEach((n) => n.remove());
    return copy.textContent ?? '';
  });
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

  // n: take the oldest letter: it opens in moderation, the original beside the (missing) Russian.
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/\/volunteer\/moderation\/letters\//);
  await expect(page.getByTestId('mod-original')).toContainText(E2E_PLAIN_LETTER);
  await expect(page.getByText(/Yours for \d+ more minutes/)).toBeVisible();
  await shot(page, 'letter-1280');

  // Each letter, the plain one and the payloads: shown as text, inert; b asks the writer for
  // changes in their own words (the payload again, previewed as text), Ctrl+Enter sends, the next opens.
  for (const [i, body] of [E2E_PLAIN_LETTER, ...XSS_PAYLOADS].entries()) {
    await expect.poll(() => originalText(page)).toContain(body.replace(/\r\n/g, '\n').split('\n')[0]!);
    await expectInert(page);
    const url = page.url();
    await page.keyboard.press('b');
    await page.getByLabel(/Your own words/).fill(`Please rewrite: ${body}`);
    await expectInert(page);
    await page.keyboard.press('Control+Enter');
    if (i < XSS_PAYLOADS.length) await expect(page).not.toHaveURL(url);
  }
  await expect(page.getByText('That was the last letter to review. Well done!')).toBeVisible();
  await expectInert(page);

  // The audit log shows the work, reasons as text.
  await page.goto('/volunteer/audit');
  // The exact action: other browser tests sharing this server add letter events of their own.
  await page.getByLabel(/Action/).fill('letter.requestChanges');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.locator('.dash-audit tbody tr')).toHaveCount(XSS_PAYLOADS.length + 1);
  await expectInert(page);
  await shot(page, 'audit-1280');

  // Every screen in the header opens a page of its own: no blank page, no "not found".
  const links = page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const names = await links.allTextContents();
  expect(names).toEqual([
    'Queues',
    'Review',
    'Replies',
    'Dispatch',
    'Lost letters',
    'Prisoners',
    'Facilities',
    'Import',
    'Statistics',
    'Audit log',
    'Volunteers',
    'Settings',
  ]);
  // Each screen has a heading of its own: waiting for it to change waits for the lazy screen.
  let heading = await page.getByRole('heading', { level: 1 }).textContent();
  for (const name of names) {
    const link = links.getByText(name, { exact: true });
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(heading!);
    heading = await page.getByRole('heading', { level: 1 }).textContent();
    expect(heading).not.toMatch(/Page not found|Not for your roles/);
  }

  // Settings: the return address, an object value, set field by field; it is there after a reload.
  await page.goto('/volunteer/settings');
  const sender = page.locator('[data-setting="post_sender"]');
  await sender.getByLabel('Not set').uncheck();
  await sender.getByLabel('Name', { exact: true }).fill('Letterbridge e.V.');
  await sender.getByLabel(/Address lines/).fill('Postfach 12 34 56\n10115 Berlin');
  await sender.getByLabel('Country code').fill('de');
  await sender.getByRole('button', { name: 'Save' }).click();
  await expect(sender.getByRole('status')).toHaveText('Saved.');
  await page.reload();
  await expect(sender.getByLabel(/Address lines/)).toHaveValue('Postfach 12 34 56\n10115 Berlin');
  await expect(sender.getByLabel('Country code')).toHaveValue('DE');
  await shot(page, 'settings-1280');

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
