/**
 * After dispatch, end to end: a dispatcher records from the letter page that a posted letter
 * reached the prisoner, and closes the follow-up of a letter the sweep marked lost from the
 * "Lost letters" screen; both screens pass the axe check, and the API agrees with what they show.
 */
import type { Page } from '@playwright/test';
import type { LostFollowUpList } from '../shared/api/delivery';
import type { VolunteerLetterView } from '../shared/api/volunteer-letter';
import {
  DL_DISPATCHED_REF,
  DL_DISPATCHER,
  DL_FACILITY_SHOWN,
  DL_LOST_DAYS,
  DL_LOST_REF,
  DL_LOST_TRACKING,
  DL_PERSON,
} from './support/delivery-seed';
import { expect, test } from './support/fixtures';
import { seriousViolations, signInVolunteer } from './support/volunteer-steps';

/** The letter as the dashboard's API presents it. */
async function letterView(page: Page, id: string): Promise<VolunteerLetterView> {
  const res = await page.request.get(`/api/volunteer/letters/${id}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as VolunteerLetterView;
}

/** The open follow-up tasks, as the API lists them. */
async function followUps(page: Page): Promise<LostFollowUpList> {
  const res = await page.request.get('/api/volunteer/delivery/follow-ups');
  expect(res.status()).toBe(200);
  return (await res.json()) as LostFollowUpList;
}

test('a dispatcher records a delivery and closes a lost letter’s follow-up', async ({ page }) => {
  await signInVolunteer(page, DL_DISPATCHER);
  const nav = page.getByRole('navigation', { name: 'Dashboard' });

  // The lost letter's task, with what is known of its dispatch.
  await nav.getByRole('link', { name: 'Lost letters' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lost letters' })).toBeVisible();
  const task = page.getByRole('article', { name: DL_LOST_REF });
  await expect(task).toContainText(DL_PERSON);
  await expect(task).toContainText(DL_FACILITY_SHOWN);
  await expect(task).toContainText('Post');
  await expect(task).toContainText(`${DL_LOST_DAYS} days ago`);
  await expect(task).toContainText(DL_LOST_TRACKING);
  await expect(page.getByRole('article', { name: DL_DISPATCHED_REF })).toHaveCount(0);
  const lostId = (await followUps(page)).followUps.find((f) => f.refCode === DL_LOST_REF)!.letterId;
  await page.waitForLoadState('networkidle');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/delivery-lost-letters.png', fullPage: true });

  // Found out: the censor stopped it. The task closes and the letter is returned.
  await task.getByRole('radio', { name: 'Stopped or returned' }).check();
  await task.getByLabel('Cause').selectOption({ label: 'Stopped by the prison censor' });
  await task.getByLabel('Note for coordinators (optional)').fill('The facility’s office said so by phone.');
  await task.getByRole('button', { name: 'Close the task' }).click();
  await expect(page.getByRole('status')).toHaveText(`${DL_LOST_REF}: recorded as stopped or returned.`);
  await expect(page.getByRole('article', { name: DL_LOST_REF })).toHaveCount(0);
  expect((await followUps(page)).followUps.some((f) => f.refCode === DL_LOST_REF)).toBe(false);
  const stopped = await letterView(page, lostId);
  expect(stopped.status).toBe('returned');
  expect(stopped.history.at(-1)).toMatchObject({ from: 'lost', to: 'returned' });

  // The dispatched letter's page, from the console's list of letters posted lately.
  await nav.getByRole('link', { name: 'Dispatch' }).click();
  await page.getByTestId('posted-panel').locator('summary').click();
  await page.getByLabel('Find by reference, prisoner or number').fill(DL_DISPATCHED_REF);
  await page.getByRole('link', { name: DL_DISPATCHED_REF, exact: true }).click();
  await expect(page).toHaveURL(/\/volunteer\/letters\/[0-9a-f-]{36}$/);
  const sentId = /\/volunteer\/letters\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
  await expect(page.getByRole('heading', { level: 1 })).toContainText(DL_DISPATCHED_REF);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('dispatched');
  const panel = page.getByRole('region', { name: 'Delivery news' });
  await expect(panel).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/delivery-letter-panel.png', fullPage: true });

  const deliveredOn = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await panel.getByRole('radio', { name: 'It was delivered' }).check();
  await panel.getByLabel('How do you know?').selectOption({ label: 'The service’s status page' });
  await panel.getByLabel('Delivered on (if known)').fill(deliveredOn);
  await panel.getByRole('button', { name: 'Record' }).click();
  await expect(page.getByRole('status')).toHaveText('Recorded: the letter was delivered.');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('delivered');
  await expect(page.getByRole('region', { name: 'Delivery news' })).toHaveCount(0);
  const delivered = await letterView(page, sentId);
  expect(delivered.status).toBe('delivered');
  expect(delivered.history.at(-1)).toMatchObject({ from: 'dispatched', to: 'delivered' });
});
