/** Plain input shapes for printing: everything arrives ready (the dative line is inflected upstream). */

/** The recipient as it goes on the envelope. */
export interface PrintableRecipient {
  /** Name in the dative case with year of birth: "Иванову Ивану Ивановичу, 1990 г.р.". */
  dativeLine: string;
  /** "ФКУ ИК-2 УФСИН России по Владимирской области". */
  facilityOfficialName: string;
  /** Street and house first, then locality, district, region — without the postcode and country. */
  addressLines: readonly string[];
  postcode: string;
  /** ISO 3166-1 alpha-2: RU or BY. */
  country: string;
}

/** A letter ready to print. */
export interface PrintableLetter {
  /** "LB-4F7K2Q", printed on every page so a reply can be matched to the letter. */
  refCode: string;
  /** The date printed on the letter: a Date, or an ISO date "2025-03-12". */
  date: Date | string;
  /** The approved Russian text. */
  russianText: string;
  recipient: PrintableRecipient;
  /** Enclose a blank sheet and a stamped return envelope (default true); the letter says so. */
  replyKit?: boolean;
}

/** The organisation as sender: the return address on letters and envelopes. */
export interface SenderAddress {
  /** "Letterbridge" or the organisation's legal name. */
  name: string;
  /** The address as the post of the sending country writes it, postcode included where it goes there. */
  lines: readonly string[];
  /** A Russian-style separate postcode, printed after "Индекс"; leave out when `lines` carry it. */
  postcode?: string;
  /** ISO 3166-1 alpha-2 of the country it is posted from. */
  country: string;
  /** The country's name as printed on international mail ("GERMANY"); omitted for domestic mail. */
  countryName?: string;
}

/** DL (220×110 mm) or C5 (229×162 mm) envelopes, or an A4 address sheet to cut out or fold. */
export type EnvelopeFormat = 'DL' | 'C5' | 'sheet';

/** How a post batch is printed. */
export interface PostPrintOptions {
  sender: SenderAddress;
  envelope: EnvelopeFormat;
  /** Start with a packing list for the dispatcher (default true). */
  packingList?: boolean;
}
