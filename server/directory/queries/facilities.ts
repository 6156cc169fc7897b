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
  /** Closed facilities: left out of the public search; coordinators choose (default: all). */
  closed: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).optional(),
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
  /** The day the facility was marked closed (YYYY-MM-DD), or null. */
  closed_on: string | null;
  /** ISO 8601 in UTC, to the millisecond (what drizzle reads into a Date): the coordinator's edit version. */
  updated_at: string;
  prisoners_count: number;
  channels: ChannelRow[];
}

/**
 * Whose view: `public` counts the listed people held there; `all` (coordinators) counts everyone.
 */
export type FacilityScope = 'public' | 'all';

const columns = (
  scope: FacilityScope,
) => sql`f.id, f.country, f.region, f.region_code, f.occupied, f.type, f.short_name, f.official_name, f.nicknames,
  f.territorial_body, f.postcode, f.address_raw, f.address_region, f.address_district, f.address_locality,
  f.address_street, f.address_house, f.address_notes, f.closed_on::text AS closed_on,
  to_char(f.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at,
  (SELECT count(*)::int FROM prisoners p WHERE p.facility_id = f.id AND ${scope === 'public' ? PUBLIC_PRISONER : sql`true`}) AS prisoners_count,
  coalesce((SELECT json_agg(json_build_object('channel', c.channel, 'available', c.available, 'price_minor', c.price_minor,
                     'currency', c.currency, 'service_name', c.service_name, 'checked_at', c.checked_at) ORDER BY c.channel)
              FROM facility_channels c WHERE c.facility_id = f.id), '[]'::json) AS channels`;

/** Searches facilities; `total` counts every match. */
export async function searchFacilities(
  db: Queryable,
  search: FacilitySearch,
  scope: FacilityScope = 'public',
): Promise<{ items: FacilityRow[]; total: number }> {
  const where: SQL[] = [sql`true`];
  let score = sql`0`;
  const skeleton = search.q ? nameSkeleton(search.q) : '';
  if (search.q && skeleton) {
    // "СИЗО-1" and "сизо 1" are the same facility: the skeleton drops the hyphen, so does the short name.
    where.push(
      sql`(f.search_text %> ${skeleton} OR f.search_text ILIKE ${`%${skeleton.replace(/[%_]/gu, '')}%`})`,
    );
    // "ИК-7 Карелия": the other colonies of Karelia are as similar as ИК-7 (one character apart), so
    // a facility whose short name is the query's type and number ranks first.
    const short = /(\p{L}{1,6})[\s-]*(\d{1,3})(?!\d)/u.exec(search.q);
    const exact = short ? nameSkeleton(`${short[1]}${short[2]}`).replace(/\s+/gu, '') : '';
    score = exact
      ? sql`(word_similarity(${skeleton}, f.search_text) + (split_part(f.search_text, ' | ', 1) = ${exact})::int)`
      : sql`word_similarity(${skeleton}, f.search_text)`;
  }
  if (search.region)
    where.push(sql`(f.region_code = ${search.region.toUpperCase()} OR f.region = ${search.region})`);
  if (search.country) where.push(sql`f.country = ${search.country}`);
  // Writers look for where people are now; a closed facility holds no one new.
  const closed = scope === 'public' ? false : search.closed;
  if (closed !== undefined) where.push(closed ? sql`f.closed_on IS NOT NULL` : sql`f.closed_on IS NULL`);
  if (search.channel) {
    where.push(
      sql`EXISTS (SELECT 1 FROM facility_channels c WHERE c.facility_id = f.id AND c.channel = ${search.channel} AND c.available)`,
    );
  }
  const run = async (tx: Queryable) => {
    await tx.execute(sql`SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true)`);
    return queryRows<FacilityRow & { total: number }>(
      tx,
      sql`SELECT ${columns(scope)}, ${score} AS score, count(*) OVER ()::int AS total
            FROM facilities f WHERE ${sql.join(where, sql` AND `)}
           ORDER BY score DESC, f.region, f.type, length(f.short_name), f.short_name, f.official_name, f.id
           LIMIT ${search.limit} OFFSET ${search.offset}`,
    );
  };
  const rows = await db.transaction(run);
  return { items: rows.map(({ total: _t, ...row }) => row), total: rows[0]?.total ?? 0 };
}

/** One facility with its channels and the number of people (public: listed people) held there. */
export async function facilityDetail(
  db: Queryable,
  id: string,
  scope: FacilityScope = 'public',
): Promise<FacilityRow | undefined> {
  if (!z.uuid().safeParse(id).success) return undefined;
  return queryRow<FacilityRow>(db, sql`SELECT ${columns(scope)} FROM facilities f WHERE f.id = ${id}`);
}
