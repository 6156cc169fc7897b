/**
 * The facility form's values from a facility, its checks, and the edit to send: only what the
 * coordinator changed (a channel row only when one of its own fields changed), with the version.
 */
import { CHANNELS, type ChannelId, type Facility, type FacilityEdit } from './api';
import { kopecks, listOf, roubles, today, type FieldErrors } from './validation';

const ADDRESS = [
  'postcode',
  'addressRegion',
  'addressDistrict',
  'addressLocality',
  'addressStreet',
  'addressHouse',
  'addressNotes',
] as const;

/** An address field of the form. */
export type AddressField = (typeof ADDRESS)[number];

/** One channel as the form holds it. */
export interface ChannelValues {
  works: boolean;
  price: string;
  serviceName: string;
}

/** The form's values. */
export interface FacilityFormValues extends Record<AddressField, string> {
  nicknames: string;
  closed: boolean;
  closedOn: string;
  channels: Record<ChannelId, ChannelValues>;
}

/** Every address field, in the order the form shows them. */
export const ADDRESS_FIELDS: readonly AddressField[] = ADDRESS;

const addressOf = (f: Facility): Record<AddressField, string | null> => ({
  postcode: f.address.postcode,
  addressRegion: f.address.region,
  addressDistrict: f.address.district,
  addressLocality: f.address.locality,
  addressStreet: f.address.street,
  addressHouse: f.address.house,
  addressNotes: f.address.notes,
});

/** The form's starting values. */
export function facilityValues(f: Facility): FacilityFormValues {
  const address = addressOf(f);
  const channels = Object.fromEntries(
    CHANNELS.map((id) => {
      const row = f.channels.find((c) => c.channel === id);
      return [
        id,
        {
          works: row?.available ?? false,
          price: roubles(row?.priceMinor ?? null),
          serviceName: row?.serviceName ?? '',
        },
      ];
    }),
  ) as Record<ChannelId, ChannelValues>;
  return {
    ...(Object.fromEntries(ADDRESS.map((k) => [k, address[k] ?? ''])) as Record<AddressField, string>),
    nicknames: f.nicknames.join(', '),
    closed: f.closedOn !== null,
    closedOn: f.closedOn ?? today(),
    channels,
  };
}

/** Checks the form; empty when it may be sent. */
export function checkFacility(v: FacilityFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (v.postcode.trim() && !/^\d{6}$/u.test(v.postcode.trim())) errors.postcode = { key: 'postcode' };
  if (v.closed && (!v.closedOn || v.closedOn > today())) errors.closedOn = { key: 'date' };
  for (const id of CHANNELS) {
    if (Number.isNaN(kopecks(v.channels[id].price))) errors[`price-${id}`] = { key: 'price' };
  }
  return errors;
}

/** The changed fields of `v` against `f`; a channel row only when one of its fields changed. */
export function facilityEdit(f: Facility, v: FacilityFormValues): FacilityEdit {
  const edit: FacilityEdit = { version: f.version };
  const address = addressOf(f);
  for (const key of ADDRESS) {
    const value = v[key].trim() || null;
    if (value !== address[key]) edit[key] = value;
  }
  const nicknames = listOf(v.nicknames, /,/u);
  if (JSON.stringify(nicknames) !== JSON.stringify(f.nicknames)) edit.nicknames = nicknames;
  const closedOn = v.closed ? v.closedOn : null;
  if (closedOn !== f.closedOn) edit.closedOn = closedOn;
  const before = facilityValues(f).channels;
  const channels = CHANNELS.filter((id) => {
    const now = v.channels[id];
    const was = before[id];
    return (
      now.works !== was.works || now.price.trim() !== was.price || now.serviceName.trim() !== was.serviceName
    );
  }).map((id) => ({
    channel: id,
    available: v.channels[id].works,
    priceMinor: kopecks(v.channels[id].price),
    serviceName: v.channels[id].serviceName.trim() || null,
  }));
  if (channels.length > 0) edit.channels = channels;
  return edit;
}

/** The number of changed fields in an edit (its version aside). */
export function facilityChangeCount(edit: FacilityEdit): number {
  return Object.keys(edit).filter((k) => k !== 'version').length;
}
