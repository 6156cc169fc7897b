/**
 * The operator's dispatch settings, read once per request: channel prices, monthly budgets, the
 * routing policy and the return address; and the `RoutingPolicy` routing takes, with what each
 * channel has already spent or committed this month.
 */
import type { RoutableChannelId } from '../channels/channel';
import type { SenderAddress } from '../channels/post/types';
import { DEFAULT_PRICING } from '../channels/pricing';
import { createChannels, type ChannelRegistry, type PricingOverrides } from '../channels/registry';
import type { RoutingPolicy } from '../channels/routing';
import type { Config } from '../config';
import type { Queryable } from '../db/database';
import { getSetting } from '../settings/settings';
import { CONSOLE_CHANNELS, type DispatchPolicySetting } from './setting-definitions';

/** Everything the console reads from the settings table. */
export interface DispatchSettings {
  prices: PricingOverrides;
  budgets: Partial<Record<RoutableChannelId, number | null>>;
  policy: DispatchPolicySetting;
  sender: SenderAddress | null;
}

/** Loads the console's settings (stored values, else defaults). */
export async function loadDispatchSettings(db: Queryable, config: Config): Promise<DispatchSettings> {
  const [prices, budgets, policy, sender] = await Promise.all([
    getSetting(db, config, 'channel_prices'),
    getSetting(db, config, 'channel_budgets'),
    getSetting(db, config, 'dispatch_policy'),
    getSetting(db, config, 'post_sender'),
  ]);
  // zod's optional fields come back as `T | undefined`; the channels want them absent instead.
  const overrides: PricingOverrides = {};
  for (const id of CONSOLE_CHANNELS) {
    const price = prices[id];
    if (!price) continue;
    overrides[id] = Object.fromEntries(Object.entries(price).filter(([, value]) => value !== undefined));
  }
  return { prices: overrides, budgets, policy, sender: sender ? stripUndefined(sender) : null };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The channels, priced as the operator set them. */
export function consoleChannels(settings: DispatchSettings): ChannelRegistry {
  return createChannels(settings.prices);
}

/**
 * The routing policy with `committed` (spent, pending and already planned this month, per
 * channel) counted against each monthly budget.
 */
export function routingPolicyOf(
  settings: DispatchSettings,
  committed: Partial<Record<RoutableChannelId, number>>,
): RoutingPolicy {
  const channels: RoutingPolicy['channels'] = {};
  for (const id of CONSOLE_CHANNELS) {
    channels[id] = {
      pricing: settings.prices[id] ?? {},
      monthlyBudgetMinor: settings.budgets[id] ?? null,
      spentThisMonthMinor: committed[id] ?? 0,
    };
  }
  return {
    order: settings.policy.order,
    strategy: settings.policy.strategy,
    rates: settings.policy.rates,
    channels,
  };
}

/** The currency each channel is priced in. */
export function channelCurrencies(settings: DispatchSettings): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of CONSOLE_CHANNELS) out[id] = settings.prices[id]?.currency ?? DEFAULT_PRICING[id].currency;
  return out;
}
