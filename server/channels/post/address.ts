/**
 * Address blocks as the post reads them. Russian format: "Кому" (name in the dative, then the
 * facility), "Куда" (street to region), the postcode last; a letter from abroad adds the country in
 * capitals. A Belarusian address always ends with "REPUBLIC OF BELARUS".
 */
import type { PrintableRecipient, SenderAddress } from './types';

/** One labelled part of an address block. */
export interface AddressField {
  /** "Кому", "Куда", "Индекс", or empty for a continuation such as the country. */
  label: string;
  lines: string[];
}

/** The country line printed last, when there is one. */
export function countryLine(
  recipient: Pick<PrintableRecipient, 'country'>,
  senderCountry: string,
): string | null {
  if (recipient.country === 'BY') return 'REPUBLIC OF BELARUS';
  if (recipient.country === 'RU' && senderCountry !== 'RU') return 'RUSSIAN FEDERATION';
  return null;
}

/** The recipient block in fields: who, where, postcode, country. */
export function recipientFields(recipient: PrintableRecipient, senderCountry: string): AddressField[] {
  const fields: AddressField[] = [
    { label: 'Кому', lines: [recipient.dativeLine, recipient.facilityOfficialName] },
    { label: 'Куда', lines: [...recipient.addressLines] },
    { label: 'Индекс', lines: [recipient.postcode] },
  ];
  const country = countryLine(recipient, senderCountry);
  if (country) fields.push({ label: '', lines: [country] });
  return fields;
}

/** The sender block: the organisation, its address and postcode, its country on mail abroad. */
export function senderFields(sender: SenderAddress, recipientCountry: string): AddressField[] {
  const fields: AddressField[] = [
    { label: 'От кого', lines: [sender.name] },
    { label: 'Откуда', lines: [...sender.lines] },
  ];
  if (sender.postcode) fields.push({ label: 'Индекс', lines: [sender.postcode] });
  if (sender.country !== recipientCountry && sender.countryName)
    fields.push({ label: '', lines: [sender.countryName] });
  return fields;
}

/**
 * The recipient's address as a plain text block, for a writer who posts the letter themselves, in
 * the order the envelope takes it: the person in the dative, the facility, street to region, the
 * postcode, and the country last (always for Belarus; for Russia unless posted inside Russia).
 */
export function formatAddressText(recipient: PrintableRecipient, senderCountry = 'XX'): string {
  const lines = [
    recipient.dativeLine,
    recipient.facilityOfficialName,
    ...recipient.addressLines,
    recipient.postcode,
  ];
  const country = countryLine(recipient, senderCountry);
  if (country) lines.push(country);
  return lines.join('\n');
}
