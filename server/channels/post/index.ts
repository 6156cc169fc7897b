/**
 * The post: the organisation prints each letter with an envelope (or address sheet) and posts it,
 * enclosing a blank sheet and a stamped envelope for the reply. Reaches any facility with a postal
 * address, in Russia and Belarus. Tracking numbers of registered mail are recorded on the attempt.
 */
import { channelRow } from '../channel';
import type { ChannelFacility, PrintChannel, Support } from '../channel';
import { DEFAULT_PRICING, estimateWith, priceSourceOf, type ChannelPricing } from '../pricing';

/** True when the post can reach the facility: it has a postcode and no row marks the post unavailable. */
export function postSupports(facility: ChannelFacility, label: string): Support {
  if (!facility.postcode) {
    return {
      supported: false,
      reason: 'no_address',
      detail: `${facility.shortName} has no postcode on record.`,
    };
  }
  const row = channelRow(facility, 'post');
  if (row && !row.available)
    return {
      supported: false,
      reason: 'unavailable',
      detail: `${label} is marked unavailable for ${facility.shortName}.`,
    };
  return { supported: true };
}

/** Builds the post channel. `pricing.unitPriceMinor` is the postage of one envelope; `replyBlankMinor` the return stamp. */
export function createPostChannel(pricing: Partial<ChannelPricing> = {}): PrintChannel {
  const merged: ChannelPricing = { ...DEFAULT_PRICING.post, ...pricing, unitChars: null };
  return {
    id: 'post',
    kind: 'print',
    label: 'Post',
    supports: (facility) => postSupports(facility, 'Post'),
    estimateCost: (letter) =>
      estimateWith('post', merged, letter, channelRow(letter.facility, 'post'), priceSourceOf(pricing)),
  };
}
