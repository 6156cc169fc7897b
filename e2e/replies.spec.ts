/**
 * The reply loop in the dashboard: a translator takes in a two-page scan of a handwritten-style
 * Russian reply, matches it by the reference code typed on the intake screen (the letter is shown
 * before saving), transcribes it beside the scan starting from the OCR draft (which is marked as a
 * machine draft and cannot be sent on untouched without a second confirmation), translates it in
 * the workbench; a moderator checks transcription and translation side by side and forwards it,
 * and the writer's email — translation, Russian text and the scan attached — arrives at the real
 * SMTP server. No volunteer screen shows the writer's address. Screenshots of every screen at 1280
 * and 390 px go to test-results/replies/ (not part of the repository).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { renderScan, SAMPLE_REPLY_LINES } from '../server/replies/sample-scans';
import { mailText } from '../test/mail-text';
import { expect, test } from './support/fixtures';
import {
  RP_PRISONER,
  RP_REF_CODE,
  RP_REVIEWER,
  RP_TRANSLATOR,
  RP_WRITER_EMAIL,
} from './support/replies-seed';
import { seriousViolations, signInVolunteer } from './support/volunteer-steps';

const SHOTS = path.resolve('test-results', 'replies');
const SECOND_PAGE = ['Обнимаю вас крепко.', 'Ваш Ринат'];
/** What the translator types, sentence by sentence. */
const ENGLISH = [
  'Hello, dear Marie!',
  'Thank you for your letter, it arrived on Friday.',
  'It is already cold here, but I read a lot and go for walks.',
  'Write to me again, your letters warm me.',
  'I hug you tightly.',
  'Your Rinat',
];

/** Full-page screenshots at 1280 and 390 px; the page is left at 1280. */
async function shots(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(SHOTS, `${name}-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(SHOTS, `${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The parts of a multipart message: each part's decoded text with its headers. */
function mailParts(raw: string): string[] {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  if (!boundary) return [mailText(raw)];
  return raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .flatMap((part) => mailParts(part.replace(/^\r?\n/, '')));
}

test('a reply is taken in, transcribed, translated, checked and emailed to the writer', async ({
  page,
  browser,
  mail,
}) => {
  test.setTimeout(240_000);
  const pages = [
    { name: 'reply-page-1.png', mimeType: 'image/png', buffer: await renderScan(SAMPLE_REPLY_LINES) },
    { name: 'reply-page-2.png', mimeType: 'image/png', buffer: await renderScan(SECOND_PAGE) },
  ];

  // Intake: the header leads to the replies, the replies page to the intake screen.
  await signInVolunteer(page, RP_TRANSLATOR);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Replies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Replies' })).toBeVisible();
  await page.getByRole('link', { name: /Take in a reply/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Take in a reply' })).toBeVisible();
  // Something that is not a scan, dropped on the box, is refused with its name before any upload.
  const dropped = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['not a scan'], 'notes.txt', { type: 'text/plain' }));
    return transfer;
  });
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
  await expect(page.getByRole('alert')).toHaveText('notes.txt: not a JPEG, PNG or PDF.');
  await page.getByLabel('Scans or PDF of the reply').setInputFiles(pages);
  const chosen = page.getByRole('list', { name: 'Pages, in order' });
  await expect(chosen.getByRole('listitem')).toHaveCount(2);
  await expect(chosen).toContainText('Page 2 of 2');

  // The code, typed as a volunteer types it, finds the letter and shows it before saving.
  await page.getByLabel('Reference code').fill(RP_REF_CODE.toLowerCase());
  const matched = page.getByTestId('matched-letter');
  await expect(matched).toContainText('Found by its reference code');
  await expect(matched).toContainText(RP_PRISONER);
  await expect(matched).toContainText('Sent');
  expect(await seriousViolations(page)).toEqual([]);
  await shots(page, 'intake');
  await page.getByRole('button', { name: /Save the reply/ }).click();
  await expect(page.getByRole('heading', { name: 'Reply saved' })).toBeVisible();
  await expect(page.getByText('The letter is now marked delivered')).toBeVisible();
  await shots(page, 'intake-saved');

  // Transcription: the scan beside the OCR draft, which is marked as a machine draft.
  await page.getByRole('link', { name: 'Transcribe it now' }).click();
  await expect(page.getByRole('heading', { name: `Transcribe reply to ${RP_REF_CODE}` })).toBeVisible();
  await expect(page.getByText('Machine draft (OCR), not checked by anyone.')).toBeVisible({
    timeout: 90_000,
  });
  const box = page.getByLabel('Transcription (Russian, exactly as written)');
  await expect(box).toHaveValue(/Спасибо/);
  await expect(page.getByRole('img', { name: 'Page 1 of 2' })).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.getByRole('button', { name: /125 %/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shots(page, 'transcribe');
  await box.focus();
  await page.keyboard.press('Alt+PageDown');
  await expect(page.getByRole('img', { name: 'Page 2 of 2' })).toBeVisible();

  // Finishing with the draft untouched asks whether every word was checked; checking means typing.
  await box.press('Control+Enter');
  await expect(page.getByRole('alertdialog')).toContainText('Not a single word of the machine draft');
  await box.fill([...SAMPLE_REPLY_LINES, ...SECOND_PAGE].join('\n'));
  await expect(page.getByText('Started from the machine draft (OCR).')).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await box.press('Control+Enter');
  await expect(page.getByText('That was the last reply to transcribe. Thank you!')).toBeVisible();

  // Translation in the workbench, taken from its start page.
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Translate' }).click();
  await page.locator('[data-queue="replies.translate"]').getByRole('button', { name: 'Take next' }).click();
  await expect(page.getByRole('heading', { name: `Translate reply to ${RP_REF_CODE}` })).toBeVisible();
  const rows = page.getByLabel(/^Translation of sentence \d+$/);
  const count = await rows.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) await rows.nth(i).fill(ENGLISH[i] ?? ENGLISH.at(-1)!);
  await rows.nth(count - 1).press('Control+Enter');
  const anyway = page.getByRole('button', { name: /Approve anyway/ });
  if (await anyway.isVisible({ timeout: 3000 }).catch(() => false)) await anyway.click();
  await expect(page).toHaveURL(/\/volunteer\/workbench/);
  await expect(page.getByText('That was the last one in the queue. Well done!')).toBeVisible();

  // A moderator checks it: both texts side by side, the scan below; the writer by pseudonym only.
  const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  const reviewer = await context.newPage();
  await signInVolunteer(reviewer, RP_REVIEWER);
  await reviewer.locator('[data-queue="replies.review"]').getByRole('button', { name: 'Take next' }).click();
  await expect(reviewer.getByRole('heading', { name: `Check reply to ${RP_REF_CODE}` })).toBeVisible();
  await expect(reviewer.getByLabel('Transcription (Russian)')).toHaveValue(/Спасибо за ваше письмо/);
  await expect(reviewer.getByLabel('Translation for the writer (English)')).toHaveValue(/Hello, dear Marie!/);
  await expect(reviewer.getByRole('img', { name: 'Page 1 of 2' })).toBeVisible();
  expect(await reviewer.content()).not.toContain(RP_WRITER_EMAIL);
  expect(await seriousViolations(reviewer)).toEqual([]);
  await shots(reviewer, 'check');
  await reviewer.keyboard.press('a');
  await expect(reviewer.getByRole('alertdialog')).toContainText('An email cannot be called back');
  await shots(reviewer, 'check-confirm');
  await reviewer.keyboard.press('Enter');
  await expect(reviewer.getByText('That was the last reply to check. Thank you!')).toBeVisible();

  // The writer's email: the translation, the Russian text, the scans attached.
  const raw = await mail.waitFor(RP_WRITER_EMAIL, new RegExp(`${RP_REF_CODE}: a reply has arrived`), 60_000);
  const parts = mailParts(raw);
  const text = parts.find((p) => /content-type:\s*text\/plain/i.test(p)) ?? '';
  expect(text).toContain('Hello, dear Marie!');
  expect(text).toContain('Спасибо за ваше письмо, оно пришло в пятницу.');
  expect(parts.filter((p) => /content-type:\s*image\/png/i.test(p))).toHaveLength(2);
  await context.close();

  // The replies start page, now with nothing waiting for a letter.
  await page.goto('/volunteer/replies');
  await expect(page.getByText('Every reply is matched to its letter.')).toBeVisible();
  await shots(page, 'home');
});
