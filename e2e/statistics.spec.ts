/**
 * Delivery statistics, end to end: five letters sent through Zonatelecom to one real facility and
 * delivered after 4 to 12 days (e2e/support/stats-seed.ts). A coordinator finds the facility's row
 * — sent, delivered, none stopped, all delivered, a median of 8 days — and the channel's costs;
 * filters and sorts the table; and an anonymous visitor finds the same facility in the public
 * figures linked from "How it works".
 */
import type { FacilityStatsResponse } from '../shared/api/stats';
import { expect, test } from './support/fixtures';
import { ST_COORDINATOR, ST_FACILITY } from './support/stats-seed';
import { seriousViolations, signInVolunteer } from './support/volunteer-steps';

test('a coordinator reads the facility statistics, and the public sees the aggregate', async ({
  page,
  browser,
}) => {
  await signInVolunteer(page, ST_COORDINATOR);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Statistics' }).click();
  await expect(page).toHaveURL(/\/volunteer\/stats$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Delivery statistics' })).toBeVisible();

  // The channel's costs: five letters at 110 ₽ each.
  const costs = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Channel' }) });
  const zonatelecom = costs
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Zonatelecom' }) });
  await expect(zonatelecom.getByRole('cell')).toHaveText(['5', '5', '₽550', '₽110']);

  // The facility's row, found by the filter.
  await page.getByLabel('Filter by facility or region').fill('Санкт-Петербург');
  const table = page.getByRole('table', { name: /Delivery statistics per facility/ });
  const row = table.getByRole('row').filter({ hasText: ST_FACILITY });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell')).toHaveText([/Санкт-Петербург/, '5', '5', '0', '100%', '8', '—']);
  await expect(page.getByRole('status')).toContainText('Facilities shown: 1 of');

  // Sorting by a column marks it, and again turns it round.
  const header = table.getByRole('columnheader', { name: 'Median days to delivery' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');

  // A filter nothing matches says so.
  await page.getByLabel('Filter by facility or region').fill('no such prison anywhere');
  await expect(page.getByText('No facility or region matches this filter.')).toBeVisible();
  await page.getByLabel('Filter by facility or region').fill('');
  expect(await seriousViolations(page)).toEqual([]);

  // Anonymous: from "How it works" to the public figures.
  const visitor = await browser.newPage();
  await visitor.goto('/about');
  await visitor.getByRole('link', { name: 'How long letters take to arrive, by prison' }).click();
  await expect(visitor).toHaveURL(/\/about\/delivery-times$/);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(
    'How long letters take to arrive, by prison',
  );
  const stats = await page.request.get('/api/volunteer/stats/facilities');
  const { facilities } = (await stats.json()) as FacilityStatsResponse;
  const shortName = facilities.find((f) => f.officialName === ST_FACILITY)!.shortName;
  const card = visitor.getByRole('listitem', { name: shortName });
  await expect(card).toBeVisible();
  await expect(card.getByRole('definition')).toHaveText(['5', '5', '0', '8 days', 'Not known yet']);
  await expect(card).not.toContainText('₽');
  await visitor.close();
});
