/**
 * Routing: which channel a letter goes through. Pure functions over the facility's channel rows,
 * the prisoner's country and the operator's policy — no database, no clock — so every fallback
 * and budget rule can be tested as data.
 *
 * Rules: a channel must be listed in the policy, enabled, reach the facility and fit its monthly
 * budget; among those the cheapest wins (or the most preferred, by policy), ties going to the
 * policy's order. Channels with no known price are kept, after every priced one. Self-post is
 * never routed to: it is the writer's own choice.
 */
import type { ChannelFacility, CostEstimate, RoutableChannelId, UnsupportedReason } from './channel';
import type { ChannelPricing } from './pricing';
import { createChannels } from './registry';

/** The operator's settings for one channel. */
export interface ChannelPolicy {
  /** False turns the channel off everywhere (default true). */
  enabled?: boolean;
  /** Prices over the defaults; a facility's own price (from the service's table) still wins. */
  pricing?: Partial<ChannelPricing>;
  /** Monthly budget in the channel's currency, minor units; absent means no limit. */
  monthlyBudgetMinor?: number | null;
  /** Already spent on this channel this month, minor units. */
  spentThisMonthMinor?: number;
}

/** The operator's routing policy. */
export interface RoutingPolicy {
  /** Channels in use, most preferred first. A channel not listed is never chosen. */
  order: readonly RoutableChannelId[];
  channels?: Partial<Record<RoutableChannelId, ChannelPolicy>>;
  /** `cheapest` (default): lowest cost wins; `preference`: first usable channel in `order` wins. */
  strategy?: 'cheapest' | 'preference';
  /** Warn when less than this share of a monthly budget is left (default 0.1). */
  lowBudgetShare?: number;
  /** Currency costs are compared in (default RUB). */
  baseCurrency?: string;
  /** Value of one minor unit of a currency in minor units of the base currency ({ EUR: 100 }). */
  rates?: Readonly<Record<string, number>>;
}

/** What routing needs to know. */
export interface RouteRequest {
  /** The prisoner's country (RU, BY); it decides which services exist at all. */
  country: string;
  /** The facility, with its `facility_channels` rows. */
  facility: ChannelFacility;
  letter: { russianText: string; replyBlank: boolean };
  policy: RoutingPolicy;
}

/** Why a channel was passed over. */
export type SkipReason = UnsupportedReason | 'not_in_policy' | 'disabled' | 'over_budget';

/** A channel routing passed over, and why, in words a dispatcher understands. */
export interface SkippedChannel {
  channel: RoutableChannelId;
  reason: SkipReason;
  detail: string;
}

/** Something the dispatcher or coordinator should know about the decision. */
export interface RouteWarning {
  channel: RoutableChannelId;
  code: 'budget_low' | 'price_unknown' | 'no_rate';
  detail: string;
  /** For `budget_low`: what would be left of the monthly budget, minor units. */
  remainingMinor?: number;
}

/** A usable channel with its cost. */
export interface RouteCandidate {
  channel: RoutableChannelId;
  estimate: CostEstimate | null;
  /** Cost in the base currency, when it can be compared. */
  comparableMinor: number | null;
}

/** The decision: the chosen channel (null when none can take the letter) and how it was reached. */
export interface RouteDecision {
  choice: RouteCandidate | null;
  /** Every usable channel, best first; the first is `choice`. */
  candidates: RouteCandidate[];
  skipped: SkippedChannel[];
  warnings: RouteWarning[];
}

const ROUTABLE: readonly RoutableChannelId[] = ['fsin_pismo', 'zonatelecom', 'post'];

/** Chooses the channel for one letter. */
export function routeLetter(request: RouteRequest): RouteDecision {
  const { policy } = request;
  const share = policy.lowBudgetShare ?? 0.1;
  const base = policy.baseCurrency ?? 'RUB';
  const channels = createChannels(
    Object.fromEntries(ROUTABLE.map((id) => [id, policy.channels?.[id]?.pricing ?? {}])),
  );
  // Services exist per country: a Belarusian prisoner is reached by post only, whatever the rows say.
  const facility = { ...request.facility, country: request.country };
  const letter = {
    letterId: '',
    refCode: '',
    recipient: { surname: '', givenName: '', patronymic: '', birthYear: null },
    facility,
    ...request.letter,
  };

  const skipped: SkippedChannel[] = [];
  const warnings: RouteWarning[] = [];
  const candidates: (RouteCandidate & { rank: number })[] = [];
  for (const id of ROUTABLE) {
    const channel = channels[id];
    const settings = policy.channels?.[id] ?? {};
    const rank = policy.order.indexOf(id);
    if (rank < 0) {
      skipped.push({
        channel: id,
        reason: 'not_in_policy',
        detail: `${channel.label} is not in the routing policy.`,
      });
      continue;
    }
    if (settings.enabled === false) {
      skipped.push({ channel: id, reason: 'disabled', detail: `${channel.label} is turned off.` });
      continue;
    }
    const support = channel.supports(facility);
    if (!support.supported) {
      skipped.push({ channel: id, reason: support.reason, detail: support.detail });
      continue;
    }
    const estimate = channel.estimateCost(letter);
    const budget = settings.monthlyBudgetMinor ?? null;
    const spent = settings.spentThisMonthMinor ?? 0;
    if (!estimate) {
      warnings.push({
        channel: id,
        code: 'price_unknown',
        detail: `No price is known for ${channel.label}; its budget cannot be checked.`,
      });
    } else if (budget !== null && spent + estimate.totalMinor > budget) {
      skipped.push({
        channel: id,
        reason: 'over_budget',
        detail: `${channel.label}: ${formatMinor(budget - spent, estimate.currency)} left this month, the letter costs ${formatMinor(estimate.totalMinor, estimate.currency)}.`,
      });
      continue;
    }
    const comparableMinor = estimate ? toBase(estimate, base, policy.rates) : null;
    if (estimate && comparableMinor === null) {
      warnings.push({
        channel: id,
        code: 'no_rate',
        detail: `No exchange rate from ${estimate.currency} to ${base}: ${channel.label} is ranked after priced channels.`,
      });
    }
    candidates.push({ channel: id, estimate, comparableMinor, rank });
  }

  candidates.sort((a, b) => {
    if (policy.strategy !== 'preference') {
      const ca = a.comparableMinor ?? Infinity;
      const cb = b.comparableMinor ?? Infinity;
      if (ca !== cb) return ca - cb;
    }
    return a.rank - b.rank;
  });
  const ranked = candidates.map(({ rank: _rank, ...candidate }) => candidate);
  const choice = ranked[0] ?? null;
  warnings.push(...budgetWarnings(policy, choice, share));
  return { choice, candidates: ranked, skipped, warnings };
}

/** Warns for every budgeted channel with less than `share` left, counting this letter on the chosen one. */
function budgetWarnings(policy: RoutingPolicy, choice: RouteCandidate | null, share: number): RouteWarning[] {
  const warnings: RouteWarning[] = [];
  for (const id of policy.order) {
    const settings = policy.channels?.[id];
    const budget = settings?.monthlyBudgetMinor ?? null;
    if (budget === null || budget <= 0 || settings?.enabled === false) continue;
    const thisLetter = choice?.channel === id ? (choice.estimate?.totalMinor ?? 0) : 0;
    const remaining = budget - (settings?.spentThisMonthMinor ?? 0) - thisLetter;
    if (remaining < budget * share) {
      const currency = choice?.channel === id ? (choice.estimate?.currency ?? '') : '';
      warnings.push({
        channel: id,
        code: 'budget_low',
        remainingMinor: Math.max(0, remaining),
        detail: `${Math.round((Math.max(0, remaining) / budget) * 100)}% of the monthly budget for ${id} is left${currency ? ` (${formatMinor(Math.max(0, remaining), currency)})` : ''}.`,
      });
    }
  }
  return warnings;
}

/** The estimate in minor units of `base`, or null without a rate. */
function toBase(estimate: CostEstimate, base: string, rates: RoutingPolicy['rates']): number | null {
  if (estimate.currency === base) return estimate.totalMinor;
  const rate = rates?.[estimate.currency];
  return rate === undefined ? null : Math.round(estimate.totalMinor * rate);
}

/** "55.00 RUB". */
export function formatMinor(minor: number, currency: string): string {
  return `${(minor / 100).toFixed(2)} ${currency}`;
}
