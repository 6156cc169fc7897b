import { expect, test } from './support/fixtures';
import { findAndOpenWrite, writeAndSend } from './support/flows';
import { seriousViolations } from './support/volunteer-steps';

const unique = (name: string) => `${name}-${Date.now().toString(36)}@example.org`;

test('a new writer finds a prisoner by Latin name, writes in German, confirms by email and sees the letter @phone', async ({
  page,
  mail,
}) => {
  const email = unique('jonas');
  await findAndOpenWrite(page, 'Sokolova');
  await writeAndSend(page, email);
  // The public sweep sees these pages empty; here they hold a writer's own letter.
  expect(await seriousViolations(page)).toEqual([]);

  const message = await mail.waitFor(email, /\/confirm#/);
  await page.goto(`/confirm#${mail.linkToken(message, '/confirm')}`);
  await expect(page).toHaveURL(/\/my-letters/);
  await expect(page.getByText('Your letter is confirmed')).toBeVisible();
  const letter = page.getByRole('article').first();
  await expect(letter.getByRole('heading', { name: /Sokolova|Соколова/ })).toBeVisible();
  await expect(letter.getByText(/Being (checked|translated)/).first()).toBeVisible();
  await expect(letter.getByText('Confirmed by you')).toBeVisible();
  await letter.getByText('Show my letter').click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a writer signs in by emailed link and withdraws a letter before it is sent', async ({
  page,
  browser,
  mail,
}) => {
  const email = unique('withdraw');
  await findAndOpenWrite(page, 'Sokolova');
  await writeAndSend(page, email);
  const confirmation = await mail.waitFor(email, /\/confirm#/);
  await page.goto(`/confirm#${mail.linkToken(confirmation, '/confirm')}`);
  await expect(page).toHaveURL(/\/my-letters/);

  // Another device: no session yet; a sign-in link by email.
  // A context of its own: a second device, and axe needs a page made from a context.
  const device = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  const other = await device.newPage();
  await other.goto('/my-letters');
  await other.getByRole('link', { name: 'Email me a sign-in link' }).click();
  await other.getByLabel('Your email').fill(email);
  await expect(other.getByText('Check done')).toBeVisible({ timeout: 30_000 });
  await other.getByRole('button', { name: 'Email me a link' }).click();
  await expect(other.getByText(/a link is on its way/)).toBeVisible();
  const signIn = await mail.waitFor(email, /\/my-letters\/sign-in#/);
  await other.goto(`/my-letters/sign-in#${mail.linkToken(signIn, '/my-letters/sign-in')}`);
  await expect(other).toHaveURL(/\/my-letters$/);

  const letter = other.getByRole('article').first();
  await letter.getByRole('button', { name: 'Withdraw the letter' }).click();
  await expect(letter.getByRole('button', { name: 'Yes, withdraw it' })).toBeVisible();
  expect(await seriousViolations(other)).toEqual([]);
  await letter.getByRole('button', { name: 'Yes, withdraw it' }).click();
  await expect(letter.getByText('Withdrawn', { exact: true })).toBeVisible();
  await expect(letter.getByRole('button', { name: 'Withdraw the letter' })).toHaveCount(0);
  await device.close();
});

test('the interface switches to Russian and remembers it @phone', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Language').selectOption('ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/письмо/i);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Мои письма' })).toBeVisible();
  await page.getByRole('link', { name: 'Мои письма' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Мои письма');
});

for (const moment of ['before', 'while'] as const) {
  test(`the check starts for a writer who typed ${moment} its code arrived`, async ({ page }) => {
    // Hold the widget's code back, as on a slow phone line, and let it in once the writer has
    // typed, or while they type: the widget must start either way, not wait for another focus.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/altcha-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await findAndOpenWrite(page, 'Sokolova');
    const email = page.getByLabel('Your email');
    await email.fill('slow-line');
    await expect(email).toBeFocused();
    if (moment === 'before') {
      await email.pressSequentially('@example.org');
      release();
    } else {
      release();
      await email.pressSequentially('@example.org', { delay: 40 });
    }
    await expect(page.getByText('Check done')).toBeVisible({ timeout: 30_000 });
  });
}

test('the sign-in form starts its check without waiting for the writer', async ({ page }) => {
  await page.goto('/my-letters/sign-in');
  await expect(page.getByText('Check done')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Email me a link' })).toBeEnabled();
});
