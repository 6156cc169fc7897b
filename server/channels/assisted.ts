/**
 * The shared shape of the two e-letter services (ФСИН-Письмо, Zonatelecom): both reach only
 * Russian facilities that appear, connected, in the service's own list; both are worked by a
 * dispatcher from a card, because neither offers a public sending API.
 */
import { channelRow } from './channel';
import type {
  AssistedCard,
  AssistedChannel,
  ChannelFacility,
  ChannelId,
  ChannelLetter,
  Support,
} from './channel';
import { DEFAULT_E_LETTER_UNIT_CHARS, estimateWith, splitIntoUnits, type ChannelPricing } from './pricing';

/** What differs between the e-letter services. */
export interface AssistedChannelSpec {
  id: Extract<ChannelId, 'fsin_pismo' | 'zonatelecom'>;
  label: string;
  /** Countries the service serves (both: RU only). */
  countries: readonly string[];
  pricing: ChannelPricing;
  /** Where a configured price came from: the operator's policy, or the built-in default. */
  priceSource: 'policy' | 'default';
}

/** The recipient's name in the nominative, as the forms want it: "Иванов Иван Иванович". */
export function fullName(recipient: ChannelLetter['recipient']): string {
  return [recipient.surname, recipient.givenName, recipient.patronymic]
    .filter((part) => part.trim() !== '')
    .join(' ');
}

/** Builds an assisted channel from its spec. */
export function createAssistedChannel(spec: AssistedChannelSpec): AssistedChannel {
  const supports = (facility: ChannelFacility): Support => {
    if (!spec.countries.includes(facility.country)) {
      return {
        supported: false,
        reason: 'country',
        detail: `${spec.label} serves no facility in ${facility.country}.`,
      };
    }
    const row = channelRow(facility, spec.id);
    if (!row)
      return {
        supported: false,
        reason: 'not_connected',
        detail: `${facility.shortName} is not in ${spec.label}'s list.`,
      };
    if (!row.available)
      return {
        supported: false,
        reason: 'unavailable',
        detail: `${spec.label} marks ${facility.shortName} unavailable.`,
      };
    return { supported: true };
  };

  const estimateCost = (letter: ChannelLetter) =>
    estimateWith(spec.id, spec.pricing, letter, channelRow(letter.facility, spec.id), spec.priceSource);

  return {
    id: spec.id,
    kind: 'assisted',
    label: spec.label,
    supports,
    estimateCost,
    prepareCard(letter: ChannelLetter): AssistedCard {
      const row = channelRow(letter.facility, spec.id);
      const unitChars = spec.pricing.unitChars ?? DEFAULT_E_LETTER_UNIT_CHARS;
      const warnings: string[] = [];
      const support = supports(letter.facility);
      if (!support.supported) warnings.push(support.detail);
      if (!row?.serviceName) {
        warnings.push(
          `The facility's name in ${spec.label}'s list is unknown: pick it by hand (directory name shown).`,
        );
      }
      if (!row?.serviceRegion)
        warnings.push(
          `The region's name in ${spec.label}'s list is unknown: check it (directory name shown).`,
        );
      if (letter.recipient.birthYear === null)
        warnings.push('The year of birth is unknown; the form requires it.');
      if (letter.recipient.patronymic.trim() === '')
        warnings.push('No patronymic on record: leave the field empty only if the person has none.');
      const price = estimateCost(letter);
      if (!price)
        warnings.push(`No price is known for ${spec.label} at this facility: read it from the form.`);
      return {
        channel: spec.id,
        letterId: letter.letterId,
        refCode: letter.refCode,
        region: row?.serviceRegion ?? letter.facility.region,
        facility: row?.serviceName ?? letter.facility.shortName,
        recipient: { ...letter.recipient, fullName: fullName(letter.recipient) },
        units: splitIntoUnits(letter.russianText, unitChars),
        unitChars,
        replyBlank: letter.replyBlank,
        price,
        warnings,
      };
    },
  };
}
