/**
 * Facility search and detail: names, nicknames and towns in any script with typos forgiven
 * (trigram similarity of ASCII skeletons), filters by region, country and working channel, the
 * number of public people held there, and the channels that reach it.
 */
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/database';
import { queryRow, queryRows } from '../../db/rows';
import { nameSkeleton } from '../names/skeleton';
import { PUBLIC_PRISONER } from './prisoner-row';

/** Facility search parameters. */
export const FacilitySearchSchema = z.object({
  q: z.string().trim().max(200).optional(),
  region: z.string().trim().max(100).optional(),
  country: z.enum(['RU', 'BY']).optional(),
  /** Only facilities this channel reaches now (fsin_pismo, zonatelecom, post). */
  channel: z.string().trim().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

/** Parsed facility search parameters. */
export type FacilitySearch = z.infer<typeof FacilitySearchSchema>;

/** One channel of a facility. */
export interface ChannelRow {
  channel: string;
  available: boolean;
  price_minor: number | null;
  currency: string;
  service_name: string | null;
  checked_at: string | null;
}

/** A facility as search and detail return it. */
export interface FacilityRow {
  id: string;
  country: string;
  region: string;
  region_code: string | null;
  occupied: boolean;
  type: string;
  short_name: string;
  official_name: string;
  nicknames: string[];
  territorial_body: string;
  postcode: string | null;
  address_raw: string;
  address_region: string | null;
  address_district: string | null;
  address_locality: string | null;
  address_street: string | null;
  address_house: string | null;
  address_notes: string | null;
  prisoners_count: number;
  channels: ChannelRow[];
}

const COLUMNS = sql`f.id, f.country, f.region, f.region_code, f.occupied, f.type, f.short_name, f.official_name, f.nicknames,
  f.territorial_body, f.postcode, f.address_raw, f.address_region, f.address_district, f.address_locality,
  f.address_street, f.address_house, f.address_notes,
  (SELECT count(*)::int FROM prisoners p WHERE p.facility_id = f.id AND ${PUBLIC_PRISONER}) AS prisoners_count,
  coalesce((SELECT json_agg(json_build_object('channel', c.channel, 'available', c.available, 'price_minor', c.price_minor,
                     'currency', c.currency, 'service_name', c.service_name, 'checked_at', c.checked_at) ORDER BY c.channel)
              FROM facility_channels c WHERE c.facility_id = f.id), '[]'::json) AS channels`;

/** Searches facilities; `total` counts every match. */
export async function searchFacilities(
  db: Queryable,
  search: FacilitySearch,
): Promise<{ items: FacilityRow[]; total: number }> {
  const where: SQL[] = [sql`true`];
  let score = sql`0`;
  const skeleton = search.q ? nameSkeleton(search.q) : '';
  if (search.q && skeleton) {
    // "СИЗО-1" and "сизо 1" are the same facility: the skeleton drops the hyphen, so does the short name.
    where.push(
      sql`(f.search_text %> ${skeleton} OR f.search_text ILIKE ${`%${skeleton.replace(/[%_]/gu, '')}%`})`,
    );
    score = sql`word_similarity(${skeleton}, f.search_text)`;
  }
  if (search.region)
    where.push(sql`(f.region_code = ${search.region.toUpperCase()} OR f.region = ${search.region})`);
  if (search.country) where.push(sql`f.country = ${search.country}`);
  if (search.channel) {
    where.push(
      sql`EXISTS (SELECT 1 FROM facility_channels c WHERE c.facility_id = f.id AND c.channel = ${search.channel} AND c.available)`,
    );
  }
  const run = async (tx: Queryable) => {
    await tx.execute(sql`SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true)`);
    return queryRows<FacilityRow & { total: number }>(
      tx,
      sql`SELECT ${COLUMNS}, ${score} AS score, count(*) OVER ()::int AS total
            FROM facilities f WHERE ${sql.join(where, sql` AND `)}
           ORDER BY score DESC, f.region, f.type, length(f.short_name), f.short_name
           LIMIT ${search.limit} OFFSET ${search.offset}`,
    );
  };
  const rows = await db.transaction(run);
  return { items: rows.map(({ total: _t, ...row }) => row), total: rows[0]?.total ?? 0 };
}

/** One facility with its channels and the number of public people held there. */
export async function facilityDetail(db: Queryable, id: string): Promise<FacilityRow | undefined> {
  if (!z.uuid().safeParse(id).success) return undefined;
  return queryRow<FacilityRow>(db, sql`SELECT ${COLUMNS} FROM facilities f WHERE f.id = ${id}`);
}
