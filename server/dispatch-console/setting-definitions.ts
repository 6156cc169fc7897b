/**
 * The dispatcher console's run-time settings, stored in the `settings` table and registered in
 * server/settings/registry.ts: channel prices, monthly budgets, the routing policy and the
 * organisation's return address for the post. Kept free of runtime imports from the settings
 * module, which imports this file.
 */
import { z } from 'zod';
import type { RoutableChannelId } from '../channels/channel';
import type { SettingDefinition } from '../settings/registry';

/** Channels the organisation sends through, in the default order of preference. */
export const CONSOLE_CHANNELS = [
  'fsin_pismo',
  'zonatelecom',
  'post',
] as const satisfies readonly RoutableChannelId[];

const Channel = z.enum(CONSOLE_CHANNELS);
const Minor = z.number().int().min(0).max(1_000_000_000);
const Currency = z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code');

/** Price overrides of one channel (unset fields keep the built-in defaults of server/channels/pricing.ts). */
export const ChannelPriceSchema = z.strictObject({
  /** One paid unit: an e-letter page, or the postage of one envelope; null = unknown. */
  unitPriceMinor: Minor.nullable().optional(),
  /** A reply blank (e-letters) or the stamp on the enclosed return envelope (post). */
  replyBlankMinor: Minor.optional(),
  /** Characters in one paid page of an e-letter. */
  unitChars: z.number().int().min(100).max(20_000).optional(),
  currency: Currency.optional(),
});

/** The routing policy an operator sets. */
export const DispatchPolicySchema = z.strictObject({
  /** Channels in use, most preferred first; a channel left out is never chosen. */
  order: z
    .array(Channel)
    .min(1)
    .refine((order) => new Set(order).size === order.length, 'each channel once'),
  strategy: z.enum(['cheapest', 'preference']),
  /** Pay for a reply blank (e-letters) and enclose a stamped envelope (post). */
  replyBlank: z.boolean(),
  /** Minor units of the base currency (RUB) per minor unit of another currency: { EUR: 100 }. */
  rates: z.record(Currency, z.number().positive()),
});

/** The organisation as sender on posted letters and envelopes. */
export const PostSenderSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  lines: z.array(z.string().trim().min(1).max(120)).min(1).max(6),
  postcode: z.string().trim().max(20).optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2'),
  countryName: z.string().trim().max(60).optional(),
});

/** The routing policy's value. */
export type DispatchPolicySetting = z.infer<typeof DispatchPolicySchema>;

/** Settings of the dispatcher console, spread into SETTINGS. */
export const DISPATCH_SETTINGS = {
  channel_prices: {
    description:
      'Prices per channel in minor units (unitPriceMinor: e-letter page or envelope postage; replyBlankMinor; unitChars; currency). A facility’s own price still wins.',
    schema: z.partialRecord(Channel, ChannelPriceSchema),
    defaultValue: () => ({}),
  },
  channel_budgets: {
    description:
      'Monthly budget per channel in minor units of the channel’s currency (null or absent: no limit). Warned below 10 % left.',
    schema: z.partialRecord(Channel, Minor.nullable()),
    defaultValue: () => ({}),
  },
  dispatch_policy: {
    description:
      'Routing: channel order, strategy (cheapest or preference), reply blank yes/no, exchange rates into RUB.',
    schema: DispatchPolicySchema,
    defaultValue: (): DispatchPolicySetting => ({
      order: [...CONSOLE_CHANNELS],
      strategy: 'cheapest',
      replyBlank: true,
      rates: {},
    }),
  },
  post_sender: {
    description:
      'The organisation’s return address on posted letters (name, lines, postcode, country, countryName).',
    schema: PostSenderSchema.nullable(),
    defaultValue: () => null,
  },
} satisfies Record<string, SettingDefinition>;
