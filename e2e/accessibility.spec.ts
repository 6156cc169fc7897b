import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';

/** Public pages, with a demo person who can receive letters for the person-specific ones. */
async function publicPages(baseURL: string): Promise<string[]> {
  const res = await fetch(`${baseURL}/api/prisoners?q=Sokolova`);
  const { items } = (await res.json()) as { items: { id: string }[] };
  const id = items[0]!.id;
  return [
    '/',
    '/prisoners',
    `/prisoners/${id}`,
    `/write/${id}`,
    '/confirm',
    '/my-letters',
    '/my-letters/sign-in',
    '/about',
    '/about/delivery-times',
    '/no-such-page',
  ];
}

test('no serious or critical accessibility violations on any public page @phone', async ({
  page,
  baseURL,
}) => {
  const violations: string[] = [];
  const cspErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) cspErrors.push(msg.text());
  });
  for (const path of await publicPages(baseURL!)) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    for (const v of results.violations) {
      if (v.impact === 'serious' || v.impact === 'critical')
        violations.push(`${path}: ${v.id} (${v.nodes.length}) ${v.help}`);
    }
  }
  expect(violations).toEqual([]);
  expect(cspErrors).toEqual([]);
});

test('no request leaves our origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin)
      foreign.push(req.url());
  });
  for (const path of await publicPages(baseURL!)) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});
