/** All channels, built from one pricing configuration. */
import type { Channel, ChannelId } from './channel';
import { createFsinPismoChannel } from './fsin-pismo';
import { createPostChannel } from './post';
import type { ChannelPricing } from './pricing';
import { createSelfPostChannel } from './self-post';
import { createZonatelecomChannel } from './zonatelecom';

/** Price overrides per channel (from the operator's configuration). */
export type PricingOverrides = Partial<Record<ChannelId, Partial<ChannelPricing>>>;

/** Every channel by id. */
export type ChannelRegistry = Readonly<Record<ChannelId, Channel>>;

/** Builds every channel with the operator's prices over the defaults. */
export function createChannels(overrides: PricingOverrides = {}): ChannelRegistry {
  return {
    fsin_pismo: createFsinPismoChannel(overrides.fsin_pismo),
    zonatelecom: createZonatelecomChannel(overrides.zonatelecom),
    post: createPostChannel(overrides.post),
    self_post: createSelfPostChannel(),
  };
}
