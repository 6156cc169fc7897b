/**
 * Prices and paid units. E-letter services charge per page of text plus an optional reply blank;
 * the post charges per envelope, and the reply kit costs a stamp. Every number is configuration:
 * the defaults below are the best public figures we have and must be checked against the live
 * services by the operator (see docs in server/channels/README.md).
 */
import type { ChannelId, ChannelLetter, CostEstimate, FacilityChannelRow, PriceSource } from './channel';

/** How one channel charges. */
export interface ChannelPricing {
  currency: string;
  /**
   * Price of one paid unit in minor units (kopecks, cents); null when unknown. For e-letters a
   * unit is a page of text; for the post a unit is one envelope.
   */
  unitPriceMinor: number | null;
  /** Characters in one paid unit of text; null when the whole letter is one unit (post). */
  unitChars: number | null;
  /** Reply blank (e-letters) or the stamp on the enclosed return envelope (post). */
  replyBlankMinor: number;
}

/** Characters in one paid page of an e-letter, unless configured. See README.md for the source. */
export const DEFAULT_E_LETTER_UNIT_CHARS = 2500;

/**
 * Defaults. ФСИН-Письмо: 55 ₽ a page and 55 ₽ a reply blank (activist-reported, 2022–23).
 * Zonatelecom publishes a price table per facility, so its price comes from `facility_channels`.
 * Postage depends on where the organisation posts from: the operator sets it.
 */
export const DEFAULT_PRICING: Readonly<Record<ChannelId, ChannelPricing>> = {
  fsin_pismo: {
    currency: 'RUB',
    unitPriceMinor: 5500,
    unitChars: DEFAULT_E_LETTER_UNIT_CHARS,
    replyBlankMinor: 5500,
  },
  zonatelecom: {
    currency: 'RUB',
    unitPriceMinor: null,
    unitChars: DEFAULT_E_LETTER_UNIT_CHARS,
    replyBlankMinor: 0,
  },
  post: { currency: 'RUB', unitPriceMinor: null, unitChars: null, replyBlankMinor: 0 },
  self_post: { currency: 'RUB', unitPriceMinor: 0, unitChars: null, replyBlankMinor: 0 },
};

/** 'policy' when the operator configured a unit price, else 'default'. */
export function priceSourceOf(overrides: Partial<ChannelPricing>): 'policy' | 'default' {
  return overrides.unitPriceMinor !== undefined ? 'policy' : 'default';
}

/** Counts characters as services do: by Unicode code point, not UTF-16 unit. */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Prefix of `text` holding at most `max` code points. */
function takeChars(text: string, max: number): string {
  let out = '';
  let n = 0;
  for (const ch of text) {
    if (n++ === max) break;
    out += ch;
  }
  return out;
}

/**
 * The last good place to cut `text` before `max` characters: a paragraph break, else the end of a
 * sentence, else a space; a single word longer than a unit is cut where it must be.
 */
function cutPoint(text: string, max: number): number {
  const window = takeChars(text, max + 1);
  const head = window.slice(0, takeChars(text, max).length);
  // Accept a break only in the second half of the unit, so units are not needlessly short.
  const floor = Math.floor(head.length / 2);
  const paragraph = head.lastIndexOf('\n\n');
  if (paragraph >= floor) return paragraph + 2;
  const sentence = Math.max(
    ...['. ', '! ', '? ', '… ', '.\n', '!\n', '?\n', '\n'].map((mark) => {
      const at = head.lastIndexOf(mark);
      return at < 0 ? -1 : at + mark.length;
    }),
  );
  if (sentence >= floor) return sentence;
  // A space right after the limit still lets the whole last word in.
  const space = window.lastIndexOf(' ');
  if (space > 0) return space + 1;
  return head.length;
}

/**
 * Cuts `text` into pieces of at most `unitChars` characters each, at paragraph, sentence or word
 * boundaries, with the whitespace at each cut dropped. Joining the pieces with a space gives the
 * text back up to whitespace.
 */
export function splitIntoUnits(text: string, unitChars: number): string[] {
  if (!Number.isInteger(unitChars) || unitChars < 1)
    throw new RangeError('unitChars must be a positive integer');
  const units: string[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    if (charLength(rest) <= unitChars) {
      units.push(rest);
      break;
    }
    const at = cutPoint(rest, unitChars);
    units.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  return units;
}

/** Paid units a text takes on a channel with these prices (at least one). */
export function countUnits(text: string, pricing: ChannelPricing): number {
  if (pricing.unitChars === null) return 1;
  return Math.max(1, splitIntoUnits(text, pricing.unitChars).length);
}

/** The price of one unit: the facility's own (from the service's table), else the configured one. */
export function unitPrice(
  pricing: ChannelPricing,
  row: FacilityChannelRow | undefined,
  source: Exclude<PriceSource, 'facility'> = 'default',
): { unitPriceMinor: number; currency: string; source: PriceSource } | null {
  if (row && row.priceMinor !== null)
    return { unitPriceMinor: row.priceMinor, currency: row.currency, source: 'facility' };
  if (pricing.unitPriceMinor === null) return null;
  return { unitPriceMinor: pricing.unitPriceMinor, currency: pricing.currency, source };
}

/** The cost of `letter` on `channel`, or null when no price is known. */
export function estimateWith(
  channel: ChannelId,
  pricing: ChannelPricing,
  letter: Pick<ChannelLetter, 'russianText' | 'replyBlank'>,
  row: FacilityChannelRow | undefined,
  source: Exclude<PriceSource, 'facility'> = 'default',
): CostEstimate | null {
  const price = unitPrice(pricing, row, source);
  if (!price) return null;
  const units = countUnits(letter.russianText, pricing);
  const extrasMinor = letter.replyBlank ? pricing.replyBlankMinor : 0;
  return {
    channel,
    units,
    unitPriceMinor: price.unitPriceMinor,
    extrasMinor,
    totalMinor: units * price.unitPriceMinor + extrasMinor,
    currency: price.currency,
    source: price.source,
  };
}
