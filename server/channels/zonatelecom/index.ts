/**
 * Zonatelecom (zt.ru): a private operator's e-letters to more than 850 Russian facilities, with a
 * price table per facility (kept in `facility_channels.price_minor`). Delivered to the facility the
 * same day, then censored. Worked by a dispatcher from a card.
 */
import { createAssistedChannel } from '../assisted';
import type { AssistedChannel } from '../channel';
import { DEFAULT_PRICING, priceSourceOf, type ChannelPricing } from '../pricing';

/** Builds the Zonatelecom channel; `pricing` overrides the defaults. */
export function createZonatelecomChannel(pricing: Partial<ChannelPricing> = {}): AssistedChannel {
  return createAssistedChannel({
    id: 'zonatelecom',
    label: 'Zonatelecom',
    countries: ['RU'],
    pricing: { ...DEFAULT_PRICING.zonatelecom, ...pricing },
    priceSource: priceSourceOf(pricing),
  });
}
