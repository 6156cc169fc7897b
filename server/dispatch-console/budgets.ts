/**
 * Monthly budgets per channel: what was spent this calendar month (succeeded attempts' recorded
 * costs, from `dispatch_attempts`), what is committed (dispatches under way, at their estimate),
 * what the queue would add, and a status the console shows as a bar: warned below 10 % left.
 */
import { sql } from 'drizzle-orm';
import type { Budget } from '../../shared/api/dispatch';
import type { RoutableChannelId } from '../channels/channel';
import type { Queryable } from '../db/database';
import { queryRows } from '../db/rows';
import type { DispatchSettings } from './policy';
import { CONSOLE_CHANNELS } from './setting-definitions';

/** Share of a budget under which the console warns (as routing does). */
export const LOW_BUDGET_SHARE = 0.1;

/** Minor units per channel. */
export type PerChannel = Partial<Record<RoutableChannelId, number>>;

/** `none`: no budget set; `low`: under 10 % left; `exhausted`: nothing left. */
export type BudgetLevel = Budget['level'];

/** One channel's budget as the console shows it: the wire shape (shared/api/dispatch.ts). */
export type BudgetStatus = Budget;

/**
 * Costs recorded on attempts completed since the start of this calendar month (in the database's
 * time zone), per channel, in the channel's currency; attempts recorded in another currency are
 * left out here rather than mixed in.
 */
export async function spentThisMonth(db: Queryable, currencies: Record<string, string>): Promise<PerChannel> {
  const rows = await queryRows<{ channel: string; currency: string | null; spent: number }>(
    db,
    sql`SELECT channel, currency, coalesce(sum(cost_minor), 0)::float8 AS spent
          FROM dispatch_attempts
         WHERE status = 'succeeded' AND completed_at >= date_trunc('month', now())
         GROUP BY channel, currency`,
  );
  const spent: PerChannel = {};
  for (const row of rows) {
    const id = row.channel as RoutableChannelId;
    if (!CONSOLE_CHANNELS.includes(id)) continue;
    if (row.currency !== null && row.currency !== currencies[id]) continue;
    spent[id] = (spent[id] ?? 0) + Number(row.spent);
  }
  return spent;
}

const money = (minor: number, currency: string) => `${(minor / 100).toFixed(2)} ${currency}`;

/** The status of every channel in use. */
export function budgetStatuses(
  settings: DispatchSettings,
  currencies: Record<string, string>,
  amounts: { spent: PerChannel; pending: PerChannel; queued: PerChannel },
): BudgetStatus[] {
  return settings.policy.order.map((channel) => {
    const currency = currencies[channel] ?? 'RUB';
    const budget = settings.budgets[channel] ?? null;
    const spentMinor = amounts.spent[channel] ?? 0;
    const pendingMinor = amounts.pending[channel] ?? 0;
    const queuedMinor = amounts.queued[channel] ?? 0;
    if (budget === null) {
      return {
        channel,
        currency,
        monthlyBudgetMinor: null,
        spentMinor,
        pendingMinor,
        queuedMinor,
        remainingMinor: null,
        level: 'none' as const,
        warning: null,
      };
    }
    const remainingMinor = budget - spentMinor - pendingMinor;
    const afterQueue = remainingMinor - queuedMinor;
    const level: BudgetLevel =
      remainingMinor <= 0 ? 'exhausted' : remainingMinor < budget * LOW_BUDGET_SHARE ? 'low' : 'ok';
    let warning: string | null = null;
    if (level === 'exhausted') warning = `The monthly budget (${money(budget, currency)}) is used up.`;
    else if (level === 'low')
      warning = `${money(remainingMinor, currency)} left of ${money(budget, currency)} this month.`;
    else if (afterQueue < budget * LOW_BUDGET_SHARE)
      warning = `Sending the queue leaves ${money(Math.max(0, afterQueue), currency)} of ${money(budget, currency)}.`;
    return {
      channel,
      currency,
      monthlyBudgetMinor: budget,
      spentMinor,
      pendingMinor,
      queuedMinor,
      remainingMinor,
      level,
      warning,
    };
  });
}
