/** Steps the dashboard's browser tests share: sign a seeded volunteer in, and check a screen with axe. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { currentTotp } from '../../server/auth/totp';
import { expect } from './fixtures';
import type { SeededVolunteer } from './seed-volunteers';

/** Signs `who` in with password and a current authenticator code; returns on the queues page. */
export async function signInVolunteer(page: Page, who: SeededVolunteer): Promise<void> {
  await page.goto('/volunteer/sign-in');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByLabel('Code from your authenticator app').fill(currentTotp(who.secret));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Your queues' })).toBeVisible();
}

/** Serious and critical axe findings on the page, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
