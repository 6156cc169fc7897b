/** The public shape of a facility: names, parsed address, the people count and its channels. */
import { z } from '@hono/zod-openapi';
import { formatPostalAddress } from '../directory/facilities/address';
import type { FacilityRow } from '../directory/queries/facilities';

/** A public facility. */
export const PublicFacility = z
  .object({
    id: z.uuid(),
    country: z.string(),
    region: z.string(),
    regionCode: z.string().nullable(),
    /** In occupied territory of Ukraine (the region code is then UA-*). */
    occupied: z.boolean(),
    type: z.string(),
    shortName: z.string(),
    officialName: z.string(),
    nicknames: z.array(z.string()),
    territorialBody: z.string(),
    address: z.object({
      postcode: z.string().nullable(),
      region: z.string().nullable(),
      district: z.string().nullable(),
      locality: z.string().nullable(),
      street: z.string().nullable(),
      house: z.string().nullable(),
      notes: z.string().nullable(),
      raw: z.string(),
      /** As a Russian envelope wants it: street … postcode. */
      postal: z.string(),
    }),
    prisonersCount: z.number(),
    channels: z.array(
      z.object({
        channel: z.string(),
        available: z.boolean(),
        priceMinor: z.number().nullable(),
        currency: z.string(),
        serviceName: z.string().nullable(),
        checkedAt: z.string().nullable(),
      }),
    ),
  })
  .openapi('Facility');

/** Presents one facility. */
export function presentFacility(row: FacilityRow): z.infer<typeof PublicFacility> {
  const address = {
    postcode: row.postcode,
    region: row.address_region,
    district: row.address_district,
    locality: row.address_locality,
    street: row.address_street,
    house: row.address_house,
    notes: row.address_notes,
  };
  return {
    id: row.id,
    country: row.country,
    region: row.region,
    regionCode: row.region_code,
    occupied: row.occupied,
    type: row.type,
    shortName: row.short_name,
    officialName: row.official_name,
    nicknames: row.nicknames,
    territorialBody: row.territorial_body,
    address: {
      ...address,
      raw: row.address_raw,
      postal: row.country === 'RU' ? formatPostalAddress(address) : row.address_raw,
    },
    prisonersCount: row.prisoners_count,
    channels: row.channels.map((c) => ({
      channel: c.channel,
      available: c.available,
      priceMinor: c.price_minor,
      currency: c.currency,
      serviceName: c.service_name,
      checkedAt: c.checked_at,
    })),
  };
}
