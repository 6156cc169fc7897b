/**
 * ФСИН-Письмо (fsin-pismo.ru): the penitentiary service's own e-letter system. The letter is
 * printed at the facility and handed over within about three working days; a paid reply blank
 * comes back as a scan. No public sending API exists, so a dispatcher sends from a card.
 */
import { createAssistedChannel } from '../assisted';
import type { AssistedChannel } from '../channel';
import { DEFAULT_PRICING, priceSourceOf, type ChannelPricing } from '../pricing';

/** Builds the ФСИН-Письмо channel; `pricing` overrides the defaults (page size, prices). */
export function createFsinPismoChannel(pricing: Partial<ChannelPricing> = {}): AssistedChannel {
  return createAssistedChannel({
    id: 'fsin_pismo',
    label: 'ФСИН-Письмо',
    // The service reaches Russian facilities only; Belarus is served by the post.
    countries: ['RU'],
    pricing: { ...DEFAULT_PRICING.fsin_pismo, ...pricing },
    priceSource: priceSourceOf(pricing),
  });
}
