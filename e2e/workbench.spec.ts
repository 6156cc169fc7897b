/**
 * The translator's workbench and the moderation screen, from the keyboard: a translator opens a
 * letter, takes drafts with Alt+Enter (phrasebook, translation memory), types the sentence no
 * engine knows, approves with Ctrl+Enter and lands on the next letter; a moderator opens the
 * translated letter beside its original and approves it with "a".
 */
import { expect, test } from './support/fixtures';
import { seriousViolations, signInVolunteer } from './support/volunteer-steps';
import { WB_LETTER_DE, WB_MODERATOR, WB_TRANSLATOR } from './support/workbench-seed';

const CSRF = { 'x-letterbridge-csrf': '1' };

test('a translator takes drafts and approves; a moderator approves the letter', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInVolunteer(page, WB_TRANSLATOR);
  const taken = await page.request.post('/api/volunteer/queues/letters.translate/take', { headers: CSRF });
  const { claim } = (await taken.json()) as { claim: { id: string } };
  await page.goto(`/volunteer/workbench/letters/${claim.id}`);

  const row = (n: number) => page.getByLabel(`Translation of sentence ${n}`, { exact: true });
  await expect(page.getByRole('heading', { name: /^Translate letter LB-/ })).toBeVisible();
  await expect(row(1)).toBeFocused();
  await expect(page.locator('.wb-source').first()).toHaveText('Dear Rinat,');
  await expect(page.locator('.wb-glossary')).toContainText('Ринат');
  expect(await seriousViolations(page)).toEqual([]);
  // An empty row shows its best draft as the placeholder.
  await expect(row(5)).toHaveAttribute('placeholder', 'Держитесь!');

  await page.keyboard.press('Alt+Enter');
  await expect(row(1)).toHaveValue(/Ринат/);
  await expect(row(2)).toBeFocused();
  await page.keyboard.type('Меня зовут Клер, я учительница из Hamburg.');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('.wb-row-active .wb-engine').first()).toHaveText('Memory');
  await page.keyboard.press('Alt+Enter');
  await expect(row(3)).toHaveValue('Я часто думаю о вас.');
  await page.keyboard.press('Alt+Enter');
  await page.keyboard.press('Alt+Enter');
  await expect(row(5)).toHaveValue('Держитесь!');

  // The check finds the Latin word left in the Russian; approving asks first.
  await expect(page.locator('.wb-checks')).toContainText('Latin-script word left: “Hamburg”');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('alertdialog')).toContainText('Approve with open problems?');
  await page.getByRole('button', { name: 'Fix them first' }).click();
  await row(2).fill('Меня зовут Клер, я учительница из Лиона.');
  await expect(page.locator('.wb-checks')).not.toContainText('Hamburg');
  await row(2).press('Control+Enter');

  // Sent to review; the next letter (in German) opens by itself.
  await expect(page).not.toHaveURL(new RegExp(claim.id));
  await expect(page.locator('.wb-source').first()).toHaveText(WB_LETTER_DE.split('\n')[0]!);

  // axe needs a page of its own context.
  const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  const moderator = await context.newPage();
  await signInVolunteer(moderator, WB_MODERATOR);
  await moderator.goto(`/volunteer/moderation/letters/${claim.id}`);
  await expect(moderator.getByTestId('mod-original')).toContainText('Dear Rinat,');
  await expect(moderator.getByTestId('mod-russian')).toContainText('Ринат');
  await expect(moderator.locator('.mod-texts')).toContainText('Меня зовут Клер, я учительница из Лиона.');
  expect(await seriousViolations(moderator)).toEqual([]);
  await moderator.keyboard.press('a');
  await expect
    .poll(
      async () =>
        (
          (await (await moderator.request.get(`/api/volunteer/letters/${claim.id}`)).json()) as {
            status: string;
          }
        ).status,
    )
    .toBe('approved');
  await context.close();
});
