/**
 * A coordinator keeps the directory from the dashboard: finds a person by a Latin spelling, is
 * stopped by inline errors on a bad birth year (focus on the field), saves interests that survive
 * a reload, records a transfer choosing the facility by keyboard in the picker, and marks a
 * channel working at a facility with its price. Screenshots at 1280 and 390 px go to
 * test-results/directory/ (not part of the repository).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { directorySessionFile, E2E_DIRECTORY_PERSON } from './support/directory-seed';
import { expect, test } from './support/fixtures';

const SHOTS = path.resolve('test-results', 'directory');

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a coordinator edits a person, records a transfer and sets a facility channel', async ({
  page,
  baseURL,
}) => {
  const cookie = fs.readFileSync(
    directorySessionFile(path.join(path.dirname(process.env.E2E_MAIL_DIR!), 'data')),
    'utf8',
  );
  const [name, ...value] = cookie.trim().split('=');
  await page.context().addCookies([{ name: name!, value: value.join('='), url: baseURL! }]);

  // The list: everyone, searched in Latin letters.
  await page.goto('/volunteer');
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Prisoners' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prisoners' })).toBeVisible();
  await page.getByLabel('Name, interest or words from the summary').fill('Akhmedov Eldar');
  await page.getByRole('button', { name: 'Search' }).click();
  const row = page.getByRole('row').filter({ hasText: E2E_DIRECTORY_PERSON });
  await expect(row).toContainText('2 waiting');
  await shot(page, 'prisoners');
  await row.getByRole('link', { name: E2E_DIRECTORY_PERSON }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(E2E_DIRECTORY_PERSON);

  // A bad birth year is refused beside the field, which gets the focus; nothing is sent.
  await page.getByLabel('Birth date').fill('');
  const year = page.getByLabel('Birth year (when the date is not known)');
  await year.fill('1850');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter a year between 1900 and this year.')).toBeVisible();
  await expect(year).toBeFocused();
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'prisoner-error');

  // Fixed, with new interests: saved, and there after a reload.
  await year.fill('1993');
  await page.getByLabel('Interests').fill('astronomy, books, chess');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toContainText('Interests');
  await page.reload();
  await expect(page.getByLabel('Interests')).toHaveValue('astronomy, books, chess');

  // Transfer: the picker finds "ИК-7 Карелия"; Tab reaches the first match, Space chooses it.
  await page.getByLabel('Find the facility').fill('ИК-7 Карелия');
  const first = page.getByRole('radio', { name: /ИК-7 · Республика Карелия/ });
  await expect(first).toBeVisible();
  await page.getByLabel('Find the facility').press('Tab');
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await shot(page, 'transfer');
  await page.getByRole('button', { name: 'Record the transfer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded:' })).toContainText('ИК-7');
  await expect(page.locator('.dir-facts')).toContainText('ИК-7 · Республика Карелия');
  await expect(page.locator('.dir-history li')).toHaveCount(2);

  // A facility: ФСИН-Письмо works there, 55 ₽ a letter.
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Facilities' }).click();
  await page.getByLabel('Name, nickname, town or region').fill('Lefortovo');
  await page.getByRole('button', { name: 'Search' }).click();
  // Moscow has two СИЗО-2 (Лефортово and Бутырка): the row is picked by its nickname.
  const lefortovo = () => page.getByRole('row').filter({ hasText: 'Лефортово' }).first();
  await lefortovo().getByRole('link', { name: 'СИЗО-2' }).click();
  const fsin = page.locator('[data-channel="fsin_pismo"]');
  await fsin.getByLabel('Works here').check();
  await fsin.getByLabel('Price per letter, ₽').fill('55');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toBeVisible();
  await shot(page, 'facility');
  await page.getByRole('link', { name: 'All facilities' }).click();
  await expect(lefortovo()).toContainText('ФСИН-Письмо');
});
