/**
 * Self-post: the writer posts the letter themselves. The organisation gives them the address,
 * formatted as the post expects, and a printable PDF of their letter; it pays nothing.
 */
import type { PrintChannel } from '../channel';
import { postSupports } from '../post';

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
