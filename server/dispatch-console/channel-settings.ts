/**
 * Prices and monthly budgets per channel, as coordinators and admins set them from the console.
 * Stored through the settings module, so every change is validated and audited
 * (`settings.update`, old and new value) exactly like a change on the admin settings screen.
 */
import type { RoutableChannelId } from '../channels/channel';
import { DEFAULT_PRICING } from '../channels/pricing';
import type { Config } from '../config';
import type { Db } from '../db/database';
import { changeSetting, getSetting } from '../settings/settings';
import type { BudgetStatus } from './budgets';
import { loadDispatchSettings } from './policy';
import { dispatchQueue } from './queue';
import { CONSOLE_CHANNELS } from './setting-definitions';

/** One channel's prices, budget and spending. */
export interface ChannelSettingsView {
  channel: RoutableChannelId;
  /** In the routing policy's order (a channel left out is never chosen). */
  inUse: boolean;
  currency: string;
  unitPriceMinor: number | null;
  replyBlankMinor: number;
  unitChars: number | null;
  budget: BudgetStatus | null;
}

/** Every channel's prices and budget status. */
export async function channelSettings(
  db: Db,
  config: Config,
  userId: string,
): Promise<ChannelSettingsView[]> {
  const settings = await loadDispatchSettings(db, config);
  const { budgets } = await dispatchQueue(db, config, userId);
  return CONSOLE_CHANNELS.map((channel) => {
    const pricing = { ...DEFAULT_PRICING[channel], ...settings.prices[channel] };
    return {
      channel,
      inUse: settings.policy.order.includes(channel),
      currency: pricing.currency,
      unitPriceMinor: pricing.unitPriceMinor,
      replyBlankMinor: pricing.replyBlankMinor,
      unitChars: channel === 'post' ? null : pricing.unitChars,
      budget: budgets.find((b) => b.channel === channel) ?? null,
    };
  });
}

/** A change to one channel; absent fields stay as they are. */
export interface ChannelSettingsChange {
  /** Null: no monthly limit. */
  monthlyBudgetMinor?: number | null;
  /** Null: unknown (the channel is then ranked after priced ones). */
  unitPriceMinor?: number | null;
  replyBlankMinor?: number;
  unitChars?: number;
  currency?: string;
}

/**
 * Applies `change` to `channel`: the budget and the prices are separate settings, each written
 * (and audited) only when it changes.
 * @throws AppError 400 `invalid_setting`.
 */
export async function changeChannelSettings(
  db: Db,
  config: Config,
  userId: string,
  channel: RoutableChannelId,
  change: ChannelSettingsChange,
): Promise<void> {
  const { monthlyBudgetMinor, ...price } = change;
  if (monthlyBudgetMinor !== undefined) {
    const budgets = await getSetting(db, config, 'channel_budgets');
    if (budgets[channel] !== monthlyBudgetMinor)
      await changeSetting(
        db,
        config,
        'channel_budgets',
        { ...budgets, [channel]: monthlyBudgetMinor },
        userId,
      );
  }
  const given = Object.fromEntries(Object.entries(price).filter(([, v]) => v !== undefined));
  if (Object.keys(given).length > 0) {
    const prices = await getSetting(db, config, 'channel_prices');
    const next = { ...prices[channel], ...given };
    if (JSON.stringify(next) !== JSON.stringify(prices[channel] ?? {}))
      await changeSetting(db, config, 'channel_prices', { ...prices, [channel]: next }, userId);
  }
}
