/**
 * Per-facility delivery statistics: letters sent, delivered, stopped by the censor, returned by
 * the post, lost, replied to; median days from dispatch to delivery and to the first reply; and
 * what each channel cost. Coordinators see everything; the public sees only facilities with at
 * least PUBLIC_MIN_LETTERS letters, and no costs, so no single letter or writer can be picked out.
 *
 * A letter counts for the facility it is routed to now, from its latest dispatch (after a
 * transfer it was sent again, to the new facility). "Stopped" are returns whose cause is the censor
 * or blank reply forms (see events.ts); other returns are postal.
 */
import { sql } from 'drizzle-orm';
import type { ChannelCost, FacilityDeliveryStats, FacilityStatsWithCosts } from '../../shared/api/stats';
import type { Queryable } from '../db/database';
import { queryRows } from '../db/rows';
import { CENSOR_CAUSES } from './events';

/** Fewest letters a facility needs before it appears in the public statistics. */
export const PUBLIC_MIN_LETTERS = 5;

export type { ChannelCost, FacilityDeliveryStats, FacilityStatsWithCosts } from '../../shared/api/stats';

/** Filters: only letters dispatched since this instant. */
export interface StatsFilter {
  since?: Date;
}

interface FacilityRow {
  facility_id: string;
  short_name: string;
  official_name: string;
  region: string;
  sent: number;
  delivered: number;
  stopped: number;
  returned: number;
  lost: number;
  replied: number;
  median_delivery: number | string | null;
  median_reply: number | string | null;
}

const days = (value: number | string | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);
const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

async function facilityRows(
  db: Queryable,
  minLetters: number,
  filter: StatsFilter,
): Promise<FacilityDeliveryStats[]> {
  const since = filter.since ? sql`AND s.sent_at >= ${filter.since.toISOString()}::timestamptz` : sql``;
  const rows = await queryRows<FacilityRow>(
    db,
    sql`
    WITH sent AS (
      SELECT letter_id, max(created_at) AS sent_at FROM letter_events
       WHERE kind = 'transition' AND to_status = 'dispatched' GROUP BY letter_id
    ), per_letter AS (
      SELECT l.facility_id, l.status, s.sent_at,
             (SELECT min(d.created_at) FROM letter_events d
               WHERE d.letter_id = l.id AND d.kind = 'transition' AND d.to_status = 'delivered') AS delivered_at,
             (SELECT r.data->>'cause' FROM letter_events r
               WHERE r.letter_id = l.id AND r.kind = 'transition' AND r.to_status = 'returned'
               ORDER BY r.id DESC LIMIT 1) AS stop_cause,
             (SELECT min(p.created_at) FROM replies p WHERE p.letter_id = l.id) AS replied_at
        FROM letters l JOIN sent s ON s.letter_id = l.id
       WHERE l.facility_id IS NOT NULL ${since}
    )
    SELECT f.id AS facility_id, f.short_name, f.official_name, f.region,
           count(*)::int AS sent,
           count(*) FILTER (WHERE pl.status = 'delivered')::int AS delivered,
           count(*) FILTER (WHERE pl.status = 'returned' AND pl.stop_cause IN (${list(CENSOR_CAUSES)}))::int AS stopped,
           count(*) FILTER (WHERE pl.status = 'returned'
                              AND (pl.stop_cause IS NULL OR pl.stop_cause NOT IN (${list(CENSOR_CAUSES)})))::int AS returned,
           count(*) FILTER (WHERE pl.status = 'lost')::int AS lost,
           count(pl.replied_at)::int AS replied,
           -- greatest() would turn a missing date into 0, so letters without one are filtered out first.
           percentile_cont(0.5) WITHIN GROUP (
             ORDER BY greatest(0, extract(epoch FROM pl.delivered_at - pl.sent_at)) / 86400)
             FILTER (WHERE pl.delivered_at IS NOT NULL) AS median_delivery,
           percentile_cont(0.5) WITHIN GROUP (
             ORDER BY greatest(0, extract(epoch FROM pl.replied_at - pl.sent_at)) / 86400)
             FILTER (WHERE pl.replied_at IS NOT NULL) AS median_reply
      FROM per_letter pl JOIN facilities f ON f.id = pl.facility_id
     GROUP BY f.id
    HAVING count(*) >= ${minLetters}
     ORDER BY count(*) DESC, f.short_name`,
  );
  return rows.map((r) => ({
    facilityId: r.facility_id,
    shortName: r.short_name,
    officialName: r.official_name,
    region: r.region,
    sent: r.sent,
    delivered: r.delivered,
    stopped: r.stopped,
    returned: r.returned,
    lost: r.lost,
    replied: r.replied,
    medianDaysToDelivery: days(r.median_delivery),
    medianDaysToReply: days(r.median_reply),
  }));
}

interface CostRow {
  facility_id: string | null;
  channel: string;
  currency: string;
  letters: number;
  priced: number;
  total: number | string;
}

async function costRows(db: Queryable, byFacility: boolean, filter: StatsFilter): Promise<CostRow[]> {
  const since = filter.since ? sql`AND a.completed_at >= ${filter.since.toISOString()}::timestamptz` : sql``;
  const facility = byFacility ? sql`l.facility_id` : sql`NULL::uuid`;
  return queryRows<CostRow>(
    db,
    sql`
    SELECT ${facility} AS facility_id, a.channel, coalesce(a.currency, 'RUB') AS currency,
           count(*)::int AS letters, count(a.cost_minor)::int AS priced, coalesce(sum(a.cost_minor), 0)::bigint AS total
      FROM dispatch_attempts a JOIN letters l ON l.id = a.letter_id
     WHERE a.status = 'succeeded' ${since}
     GROUP BY 1, 2, 3
     ORDER BY 2, 3`,
  );
}

function toCost(row: CostRow): ChannelCost {
  const totalMinor = Number(row.total);
  return {
    channel: row.channel,
    currency: row.currency,
    letters: row.letters,
    priced: row.priced,
    totalMinor,
    averageMinor: row.priced ? Math.round(totalMinor / row.priced) : null,
  };
}

/** Every facility with at least one dispatched letter, with its costs per channel (coordinators). */
export async function facilityStats(
  db: Queryable,
  filter: StatsFilter = {},
): Promise<FacilityStatsWithCosts[]> {
  const [rows, costs] = await Promise.all([facilityRows(db, 1, filter), costRows(db, true, filter)]);
  return rows.map((row) => ({
    ...row,
    costs: costs.filter((c) => c.facility_id === row.facilityId).map(toCost),
  }));
}

/** Cost per channel across all facilities (coordinators). */
export async function channelCosts(db: Queryable, filter: StatsFilter = {}): Promise<ChannelCost[]> {
  return (await costRows(db, false, filter)).map(toCost);
}

/** The anonymous public aggregates: facilities with at least PUBLIC_MIN_LETTERS letters, no costs. */
export async function publicFacilityStats(db: Queryable): Promise<FacilityDeliveryStats[]> {
  return facilityRows(db, PUBLIC_MIN_LETTERS, {});
}
