/** Steps several browser tests share: find a person, write, confirm from the email. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A German letter, long enough to be detected as German. */
export const GERMAN_LETTER =
  'Liebe Anna, ich heiße Jonas und wohne in Hamburg. Ich arbeite in einer Buchhandlung und lese gerade ein Buch über Zugvögel. ' +
  'Im Herbst fliegen die Kraniche über unser Haus, das ist jedes Jahr ein schöner Moment. Was liest du gerade? Ich denke an dich.';

/** Searches the directory by Latin name and opens the Write page of the first match. */
export async function findAndOpenWrite(page: Page, latinName: string): Promise<void> {
  await page.goto('/');
  await page
    .getByRole('link', { name: /find someone to write to|найти/i })
    .first()
    .click();
  await page.getByLabel(/name or interest/i).fill(latinName);
  await page.getByRole('button', { name: /^search$/i }).click();
  // The first card of the match, not of the listing shown before the search answers.
  const match = page
    .getByRole('list', { name: /search results/i })
    .getByRole('article')
    .filter({ hasText: new RegExp(latinName, 'i') })
    .first();
  await expect(match).toBeVisible();
  await match.getByRole('heading').getByRole('link').click();
  await page.getByRole('link', { name: /^write to /i }).click();
  await expect(page.getByRole('textbox', { name: 'Your letter' })).toBeVisible();
}

/** Fills the Write form and sends it; returns when the "check your email" panel shows. */
export async function writeAndSend(page: Page, email: string, text = GERMAN_LETTER): Promise<void> {
  await page.getByRole('textbox', { name: 'Your letter' }).fill(text);
  await expect(page.getByLabel('Language of your letter')).toHaveValue('de');
  await page.getByLabel('Sign as').fill('Jonas');
  await page.getByLabel('Your email').fill(email);
  await expect(page.getByText('Check done')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Send the letter' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
}
