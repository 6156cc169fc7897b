/**
 * What a dispatcher must check by hand, as stable codes (the dashboard words them in its own
 * language) with an English sentence beside each for logs and other clients.
 */
import { channelRow, type AssistedCard, type ChannelLetter } from '../channels/channel';
import { createChannels } from '../channels/registry';
import type { RouteWarning } from '../channels/routing';
import type { ConsoleLetter } from './letters';
import { dativeLineOf } from './recipient';

/** One warning. */
export interface ConsoleWarning {
  code: string;
  params?: Record<string, string | number>;
  text: string;
}

/**
 * Prisoner statuses in which prison mail reaches the person (the directory's rule: held at a known
 * facility; in transit the letter does not follow them).
 */
export const REACHABLE_PRISONER_STATUSES: readonly string[] = ['pre_trial', 'convicted'];

/** Warnings about the letter itself: text, facility, the recipient line, the prisoner, a lease. */
export function letterWarnings(letter: ConsoleLetter, userId: string): ConsoleWarning[] {
  const out: ConsoleWarning[] = [];
  if (letter.prisoner.isDemo)
    out.push({
      code: 'demo_recipient',
      text: 'The recipient is a fictional demo person: this letter is never sent. Reject or hold it.',
    });
  if (letter.russianText === null)
    out.push({ code: 'no_russian_text', text: 'There is no approved Russian text.' });
  if (!letter.facility) out.push({ code: 'no_facility', text: 'The prisoner has no facility on record.' });
  const dative = dativeLineOf(letter.prisoner);
  if (!dative.confirmed && dative.flags.length > 0) {
    out.push({
      code: 'dative_unconfirmed',
      params: { flags: dative.flags.join(', ') },
      text: `Check the recipient line before printing (${dative.flags.join(', ')}).`,
    });
  }
  if (!REACHABLE_PRISONER_STATUSES.includes(letter.prisoner.status)) {
    out.push({
      code: 'prisoner_status',
      params: { status: letter.prisoner.status },
      text: `The prisoner is listed as ${letter.prisoner.status}: check before sending.`,
    });
  }
  if (letter.claim && letter.claim.userId !== userId) {
    out.push({
      code: 'taken',
      params: { name: letter.claim.displayName, until: letter.claim.until.toISOString() },
      text: `${letter.claim.displayName} is working on this letter.`,
    });
  }
  return out;
}

/** Routing's warnings about the chosen channel (prices, exchange rates), budget ones left out. */
export function routeWarnings(warnings: readonly RouteWarning[], channel: string | null): ConsoleWarning[] {
  return warnings
    .filter((w) => w.code !== 'budget_low' && w.channel === channel)
    .map((w) => ({ code: w.code, params: { channel: w.channel }, text: w.detail }));
}

/**
 * The card's checks, from the same facts `prepareCard` looks at (its own sentences are English
 * only): the service's names for region and facility, birth year, patronymic, price, reach.
 */
export function cardWarnings(card: AssistedCard, letter: ChannelLetter): ConsoleWarning[] {
  const channel = createChannels()[card.channel];
  const row = channelRow(letter.facility, card.channel);
  const out: ConsoleWarning[] = [];
  const support = channel.supports(letter.facility);
  if (!support.supported) out.push({ code: `not_supported_${support.reason}`, text: support.detail });
  if (!row?.serviceName)
    out.push({
      code: 'service_facility_unknown',
      text: 'The facility’s name in the service’s list is unknown: pick it by hand.',
    });
  if (!row?.serviceRegion)
    out.push({
      code: 'service_region_unknown',
      text: 'The region’s name in the service’s list is unknown: check it.',
    });
  if (letter.recipient.birthYear === null)
    out.push({ code: 'no_birth_year', text: 'The year of birth is unknown; the form requires it.' });
  if (letter.recipient.patronymic.trim() === '')
    out.push({
      code: 'no_patronymic',
      text: 'No patronymic on record: leave the field empty only if the person has none.',
    });
  if (!card.price)
    out.push({ code: 'price_unknown', text: 'No price is known here: read it from the form.' });
  return out;
}
