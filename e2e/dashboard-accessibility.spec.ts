/**
 * Every screen of the volunteer dashboard, as a volunteer holding every role sees it: each screen
 * in the header, each queue's list, a letter's page, a prisoner's record, a facility's page and
 * the reply intake — no serious or critical axe finding on any of them.
 */
import type { Page } from '@playwright/test';
import { NAV } from '../web/src/dashboard/nav';
import { expect, test } from './support/fixtures';
import { DA_VOLUNTEER } from './support/dashboard-seed';
import { seriousViolations, signInVolunteer } from './support/volunteer-steps';

/** Waits for the screen to settle, then records its findings under its path. */
async function check(page: Page, found: string[]): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const where = new URL(page.url()).pathname;
  for (const line of await seriousViolations(page)) found.push(`${where} ${line}`);
}

/** Opens the first record linked from the list at `listPath` and checks it. */
async function checkFirstRecord(page: Page, listPath: string, found: string[]): Promise<void> {
  await page.goto(listPath);
  const first = page.getByRole('main').getByRole('table').getByRole('link').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${listPath}/[0-9a-f-]{36}$`));
  await check(page, found);
}

test('no serious or critical accessibility violations on any dashboard screen', async ({ page }) => {
  const found: string[] = [];
  await signInVolunteer(page, DA_VOLUNTEER);
  await check(page, found);

  const nav = page.getByRole('navigation', { name: 'Dashboard' });
  const links = await nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  // Every role: every screen of the header is there, in the header's order.
  expect(links).toEqual(NAV.map((item) => item.to));
  for (const href of links) {
    await nav.locator(`a[href="${href}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await check(page, found);
  }

  // Each queue's list from the home's cards, and a letter's page from the dispatch console:
  // looking only, nothing is taken (other browser tests count the queues).
  await page.goto('/volunteer');
  const queues = page.getByRole('main').locator('a[href^="/volunteer/queues/"]');
  await expect(queues.first()).toBeVisible();
  for (const href of await queues.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await page.goto(href);
    await check(page, found);
  }
  await page.goto('/volunteer/dispatch');
  const letter = page.getByRole('main').locator('a[href^="/volunteer/letters/"]').first();
  await expect(letter).toBeVisible();
  await letter.click();
  await check(page, found);

  await checkFirstRecord(page, '/volunteer/directory/prisoners', found);
  await checkFirstRecord(page, '/volunteer/directory/facilities', found);
  await page.goto('/volunteer/replies/new');
  await check(page, found);

  expect(found).toEqual([]);
});
