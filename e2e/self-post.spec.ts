/**
 * A writer posts their approved letter themselves: signs in to My letters by an emailed link,
 * chooses "Post it yourself", downloads the PDF (the Russian text and the envelope's dative line,
 * read back with pdftotext), mistypes the tracking number and is told, fixes it, says it is posted
 * and sees "Posted by you" in the letter's timeline.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from './support/fixtures';
import { seriousViolations } from './support/volunteer-steps';
import {
  SP_DATIVE_LINE,
  SP_FACILITY,
  SP_RUSSIAN,
  SP_SIGNATURE,
  SP_WRITER_EMAIL,
} from './support/self-post-seed';

/** Whitespace collapsed: the PDF's line breaks do not count. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('a writer prints their approved letter, posts it and records the tracking number', async ({
  page,
  mail,
}) => {
  await page.goto('/my-letters');
  await page.getByRole('link', { name: 'Email me a sign-in link' }).click();
  await page.getByLabel('Your email').fill(SP_WRITER_EMAIL);
  await expect(page.getByText('Check done')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByText(/a link is on its way/)).toBeVisible();
  const signIn = await mail.waitFor(SP_WRITER_EMAIL, /\/my-letters\/sign-in#/);
  await page.goto(`/my-letters/sign-in#${mail.linkToken(signIn, '/my-letters/sign-in')}`);
  await expect(page).toHaveURL(/\/my-letters$/);

  const letter = page.getByRole('article').first();
  await letter.getByText('Post it yourself').click();
  await letter.getByRole('button', { name: 'I will post it myself' }).click();
  const panel = letter.getByRole('region', { name: 'You are posting this letter yourself' });
  await expect(panel).toBeVisible();
  await expect(panel.locator('address')).toContainText(SP_DATIVE_LINE);
  await page.waitForLoadState('networkidle');
  expect(await seriousViolations(page)).toEqual([]);

  // The PDF: the approved Russian text, signed, and the person in the dative on the envelope.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('link', { name: 'Download the letter (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^letterbridge-LB-[A-Z0-9-]+\.pdf$/);
  const file = await download.path();
  expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  expect(text).toContain(`${squash(SP_RUSSIAN)} ${SP_SIGNATURE}`);
  expect(text).toContain(`${SP_DATIVE_LINE} ${SP_FACILITY}`);
  expect(text).not.toContain('librarian in the north of Germany');

  // A typo in the check digit is caught before anything is sent; the right number goes through.
  const tracking = panel.getByLabel('Tracking number (optional)');
  await tracking.fill('RA123456784RU');
  await panel.getByRole('button', { name: 'I have posted it' }).click();
  await expect(panel.getByText('This tracking number does not add up: look for a typo.')).toBeVisible();
  await expect(tracking).toHaveAttribute('aria-invalid', 'true');
  await tracking.fill('ra 1234 5678 5 ru');
  await panel.getByRole('button', { name: 'I have posted it' }).click();

  await expect(letter.getByRole('heading', { name: /^Posted by you on / })).toBeVisible();
  await expect(letter.getByText('Tracking number: RA123456785RU')).toBeVisible();
  await expect(letter.getByText(/^Posted by you to ИК-2, Владимирская/)).toBeVisible();
});
