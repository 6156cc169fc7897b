/**
 * The one interface every delivery channel implements. A channel says whether it can reach a
 * facility, what a letter will cost, and — depending on its kind — prepares what a person needs
 * to send it by hand (`assisted`), sends it itself (`automatic`), or prints it (`print`).
 *
 * Channels are plain values built from configuration (prices, unit sizes); they never touch the
 * database. Dispatch bookkeeping (attempt rows, letter status) lives in `dispatch.ts`.
 */

/** Every channel id, as stored in `facility_channels.channel`, `letters.channel` and `dispatch_attempts.channel`. */
export const CHANNEL_IDS = ['fsin_pismo', 'zonatelecom', 'post', 'self_post'] as const;

/** A channel id. */
export type ChannelId = (typeof CHANNEL_IDS)[number];

/** Channels the organisation sends through and routing may choose; self-post is the writer's own choice. */
export type RoutableChannelId = Exclude<ChannelId, 'self_post'>;

/**
 * How a letter leaves: `assisted` — a dispatcher fills in the service's web form from a card;
 * `automatic` — an adapter calls the service itself; `print` — a PDF is printed and posted.
 */
export type ChannelKind = 'assisted' | 'automatic' | 'print';

/** One row of `facility_channels`, as the channels read it. */
export interface FacilityChannelRow {
  channel: string;
  available: boolean;
  /** Price of one paid unit (a page of an e-letter), in minor units; null when unknown. */
  priceMinor: number | null;
  currency: string;
  /** The facility as the service names it in its own list ("СИЗО-1 Кресты"). */
  serviceName: string | null;
  /** The region as the service names it. */
  serviceRegion: string | null;
}

/** What a channel needs to know about a facility. */
export interface ChannelFacility {
  /** ISO 3166-1 alpha-2 of the facility (RU, BY). */
  country: string;
  /** Region as the directory names it ("Владимирская область"). */
  region: string;
  /** "ИК-2". */
  shortName: string;
  /** "ФКУ ИК-2 УФСИН России по Владимирской области". */
  officialName: string;
  postcode: string | null;
  channels: readonly FacilityChannelRow[];
}

/** The recipient as a service's form asks for them: nominative name parts and year of birth. */
export interface ChannelRecipient {
  surname: string;
  givenName: string;
  /** Empty when the person has none (or it is unknown). */
  patronymic: string;
  birthYear: number | null;
}

/** A letter ready for a channel: approved Russian text, who it goes to and where. */
export interface ChannelLetter {
  letterId: string;
  /** "LB-4F7K2Q". */
  refCode: string;
  /** The approved Russian text, exactly as it must reach the prisoner. */
  russianText: string;
  /** Pay for a reply blank (ФСИН-Письмо, Zonatelecom) or enclose a stamped envelope (post). */
  replyBlank: boolean;
  recipient: ChannelRecipient;
  facility: ChannelFacility;
}

/** Where a price came from, most specific first. */
export type PriceSource = 'facility' | 'policy' | 'default';

/** What sending one letter through a channel will cost. */
export interface CostEstimate {
  channel: ChannelId;
  /** Paid units: e-letter pages, or 1 for a posted letter. */
  units: number;
  unitPriceMinor: number;
  /** Reply blank or return stamp, when asked for. */
  extrasMinor: number;
  totalMinor: number;
  currency: string;
  source: PriceSource;
}

/** Why a channel cannot take a letter for a facility. */
export type UnsupportedReason = 'country' | 'not_connected' | 'unavailable' | 'no_address';

/** The answer of `supports()`. */
export type Support = { supported: true } | { supported: false; reason: UnsupportedReason; detail: string };

/**
 * Everything a dispatcher types into an e-letter service's form, field by field, so each can be
 * copied with one click; the dispatcher then records the service's order number, cost and date.
 */
export interface AssistedCard {
  channel: ChannelId;
  letterId: string;
  refCode: string;
  /** Region as the service lists it. */
  region: string;
  /** Facility as the service lists it. */
  facility: string;
  recipient: ChannelRecipient & {
    /** "Иванов Иван Иванович" (nominative, as the form wants it). */
    fullName: string;
  };
  /** The Russian text cut into the service's paid units, each at most `unitChars` characters. */
  units: string[];
  unitChars: number;
  replyBlank: boolean;
  price: CostEstimate | null;
  /** Things the dispatcher must check by hand (missing birth year, service name unknown, ...). */
  warnings: string[];
}

/** Fields every channel has. */
interface ChannelBase {
  id: ChannelId;
  kind: ChannelKind;
  /** Name shown to volunteers. */
  label: string;
  /** Whether this channel reaches the facility at all. */
  supports(facility: ChannelFacility): Support;
  /** The cost of sending `letter`, or null when no price is configured or known. */
  estimateCost(letter: ChannelLetter): CostEstimate | null;
}

/** A channel a dispatcher works by hand from a card (no public sending API exists). */
export interface AssistedChannel extends ChannelBase {
  kind: 'assisted';
  prepareCard(letter: ChannelLetter): AssistedCard;
}

/** What an automatic adapter returns once the service accepted the letter. */
export interface SendResult {
  externalRef: string;
  costMinor?: number;
  currency?: string;
}

/**
 * A channel whose adapter sends by itself. None exists yet: it is the place an API integration
 * goes, taking the same card a dispatcher would work from.
 */
export interface AutomaticChannel extends ChannelBase {
  kind: 'automatic';
  prepareCard(letter: ChannelLetter): AssistedCard;
  send(card: AssistedCard): Promise<SendResult>;
}

/** A channel that ends in paper: the organisation posts it, or the writer does. */
export interface PrintChannel extends ChannelBase {
  kind: 'print';
}

/** Any channel. */
export type Channel = AssistedChannel | AutomaticChannel | PrintChannel;

/** True for a known channel id. */
export function isChannelId(value: string): value is ChannelId {
  return (CHANNEL_IDS as readonly string[]).includes(value);
}

/** The facility's row for `channel`, if the directory has one. */
export function channelRow(facility: ChannelFacility, channel: ChannelId): FacilityChannelRow | undefined {
  return facility.channels.find((row) => row.channel === channel);
}
