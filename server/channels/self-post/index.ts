/**
 * Self-post: the writer posts the letter themselves. The organisation gives them the address,
 * formatted as the post expects, and a printable PDF of their letter; it pays nothing.
 */
import type { PrintChannel } from '../channel';
import { postSupports } from '../post';
import { formatAddressText } from '../post/address';
import type { PrintableRecipient } from '../post/types';

/** Builds the self-post channel. It costs the organisation nothing. */
export function createSelfPostChannel(): PrintChannel {
  return {
    id: 'self_post',
    kind: 'print',
    label: 'Self-post',
    supports: (facility) => postSupports(facility, 'Self-post'),
    estimateCost: (letter) => ({
      channel: 'self_post',
      units: 1,
      unitPriceMinor: 0,
      extrasMinor: 0,
      totalMinor: 0,
      currency: letter.facility.channels.find((row) => row.channel === 'post')?.currency ?? 'RUB',
      source: 'default',
    }),
  };
}

/** What a writer who posts the letter themselves receives. */
export interface SelfPostPackage {
  /** The address as plain text, one line per envelope line. */
  addressText: string;
  addressLines: string[];
}

/**
 * The formatted address for a writer's own envelope. `writerCountry` (ISO alpha-2), when known,
 * drops the country line for mail posted inside Russia; unknown, the country is always printed.
 */
export function prepareSelfPost(recipient: PrintableRecipient, writerCountry?: string): SelfPostPackage {
  const addressText = formatAddressText(recipient, writerCountry);
  return { addressText, addressLines: addressText.split('\n') };
}
