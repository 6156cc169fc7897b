/**
 * The dispatcher console, end to end: a dispatcher opens a ФСИН-Письмо card, finds what the
 * service's form asks for, records the service's order number, cost and date, and the letter is
 * sent — once, however often the same number is recorded. Then a print batch for the post: its PDF
 * carries the envelope's recipient block and the letter's reference code.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../shared/csrf';
import type { VolunteerLetterView } from '../shared/api/volunteer-letter';
import { expect, test } from './support/fixtures';
import {
  DS_DISPATCHER,
  DS_FSIN_PERSON,
  DS_FSIN_REF,
  DS_FSIN_SERVICE_NAME,
  DS_FSIN_SERVICE_REGION,
  DS_POST_DATIVE,
  DS_POST_FACILITY,
  DS_POST_POSTCODE,
  DS_POST_REF,
} from './support/dispatch-seed';
import { seriousViolations, signInVolunteer } from './support/volunteer-steps';

/** The value shown for the card field labelled `label`. */
function cardField(page: Page, label: string) {
  return page
    .locator('.dsp-field')
    .filter({ has: page.getByRole('term').getByText(label, { exact: true }) })
    .getByRole('definition');
}

/** The letter as the dashboard's API presents it. */
async function letterView(page: Page, id: string): Promise<VolunteerLetterView> {
  const res = await page.request.get(`/api/volunteer/letters/${id}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as VolunteerLetterView;
}

test('a dispatcher sends an e-letter once and prints a post batch', async ({ page }) => {
  await signInVolunteer(page, DS_DISPATCHER);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Dispatch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dispatch' })).toBeVisible();

  // The ФСИН-Письмо group lists the e-letter; its card opens the attempt.
  const fsinRow = page
    .getByRole('list', { name: 'ФСИН-Письмо', exact: true })
    .getByRole('listitem')
    .filter({ hasText: DS_FSIN_REF });
  await expect(fsinRow).toContainText(DS_FSIN_PERSON.fullName);
  const cardResponse = page.waitForResponse((r) => /\/letters\/[0-9a-f-]{36}\/card$/.test(r.url()));
  await fsinRow.getByRole('link', { name: 'Open card' }).click();
  const card = (await (await cardResponse).json()) as { attempt: { id: string } };
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`ФСИН-Письмо · ${DS_FSIN_REF}`);
  const letterId = /\/volunteer\/dispatch\/letters\/([0-9a-f-]{36})$/.exec(page.url())![1]!;

  // What the service's form needs: the person, the year of birth, the facility and region as the
  // service's list names them, and the Russian text.
  await expect(page.getByRole('heading', { name: 'The service’s form' })).toBeVisible();
  await expect(cardField(page, 'Full name')).toContainText(DS_FSIN_PERSON.fullName);
  await expect(cardField(page, 'Surname')).toContainText(DS_FSIN_PERSON.surname);
  await expect(cardField(page, 'Given name')).toContainText(DS_FSIN_PERSON.givenName);
  await expect(cardField(page, 'Patronymic')).toContainText(DS_FSIN_PERSON.patronymic);
  await expect(cardField(page, 'Year of birth')).toContainText(String(DS_FSIN_PERSON.birthYear));
  await expect(cardField(page, 'Facility')).toContainText(DS_FSIN_SERVICE_NAME);
  await expect(cardField(page, 'Region')).toContainText(DS_FSIN_SERVICE_REGION);
  const text = page.getByRole('article', { name: 'Page 1 of 1' });
  await expect(text).toContainText('Здравствуйте, Андрей!');
  await expect(text).toContainText('Меня зовут Ханна, я живу в Бремене и работаю медсестрой.');
  await page.waitForLoadState('networkidle');
  expect(await seriousViolations(page)).toEqual([]);

  // The service's order number, what it charged and the day it was sent.
  const orderNumber = 'FP-2026-118734';
  const sentOn = new Date(Date.now() - 24 * 3600_000).toISOString().slice(0, 10);
  await page.getByLabel('Order number').fill(orderNumber);
  await page.getByLabel('Cost (RUB)').fill('110');
  await page.getByLabel('Date').fill(sentOn);
  await page.getByRole('button', { name: 'Mark sent' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Recorded as sent' });
  await expect(done).toContainText(`Recorded as sent: order ${orderNumber},`);
  await expect(done).toContainText('110');

  const sent = await letterView(page, letterId);
  expect(sent.status).toBe('dispatched');
  expect(sent.dispatch).toMatchObject({
    channel: 'fsin_pismo',
    status: 'succeeded',
    externalRef: orderNumber,
  });
  await page.goto(`/volunteer/letters/${letterId}`);
  await expect(page.locator('.dash-dispatch')).toContainText('Sent through ФСИН-Письмо on');
  await expect(page.locator('.dash-dispatch').getByRole('code')).toHaveText(orderNumber);

  // The same number again (a double click, a retry): answered as already recorded, nothing changes.
  const again = await page.request.post(`/api/volunteer/dispatch/letters/${letterId}/complete`, {
    headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE },
    data: { attemptId: card.attempt.id, externalRef: orderNumber, costMinor: 11000, date: sentOn },
  });
  expect(again.status()).toBe(200);
  const repeat = (await again.json()) as { alreadyCompleted: boolean; attempt: { id: string } };
  expect(repeat.alreadyCompleted).toBe(true);
  expect(repeat.attempt.id).toBe(card.attempt.id);
  // Another number for the same letter is refused.
  const other = await page.request.post(`/api/volunteer/dispatch/letters/${letterId}/complete`, {
    headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE },
    data: { attemptId: card.attempt.id, externalRef: 'FP-2026-999999' },
  });
  expect(other.status()).toBe(409);
  expect(((await other.json()) as { error: { code: string } }).error.code).toBe('dispatch_attempt_completed');
  const after = await letterView(page, letterId);
  expect(after.dispatch).toMatchObject({ status: 'succeeded', externalRef: orderNumber });
  expect(after.history.filter((h) => h.to === 'dispatched')).toHaveLength(1);
  // Opening the card again begins no second dispatch: the console says it is already sent.
  await page.goto(`/volunteer/dispatch/letters/${letterId}`);
  await expect(page.getByText('This letter is already recorded as sent.')).toBeVisible();
  await expect(page.getByLabel('Order number')).toHaveCount(0);

  // The post: a batch of the one letter (other letters waiting for the post stay out).
  await page.goto('/volunteer/dispatch');
  await expect(
    page.getByRole('list', { name: 'ФСИН-Письмо', exact: true }).getByText(DS_FSIN_REF),
  ).toHaveCount(0);
  const post = page.getByRole('list', { name: 'Post', exact: true });
  await expect(post.getByRole('listitem').filter({ hasText: DS_POST_REF })).toContainText(DS_POST_DATIVE);
  await page.getByLabel(/^All \d+ letters?$/).uncheck();
  await page.getByLabel(`Include ${DS_POST_REF}`).check();
  await page.getByRole('button', { name: 'Make print batch (1 letter)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Print batch / })).toBeVisible();
  const batchForm = page.getByRole('form', { name: 'Mark posted' });
  await expect(batchForm.getByRole('listitem').filter({ hasText: DS_POST_REF })).toContainText(
    DS_POST_FACILITY,
  );

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download PDF' }).click();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-dispatch-'));
  try {
    const file = path.join(dir, 'batch.pdf');
    await (await download).saveAs(file);
    const pdfText = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain(DS_POST_DATIVE);
    expect(pdfText).toContain(DS_POST_POSTCODE);
    expect(pdfText).toContain(DS_POST_REF);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  await batchForm.getByRole('button', { name: 'Mark posted' }).click();
  await expect(page.getByRole('status')).toContainText('1 letter recorded as posted.');
});
