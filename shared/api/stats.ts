/**
 * Per-facility delivery statistics as the API sends them (server/delivery/stats.ts, through
 * server/http/routes/delivery.ts): the coordinators' table with costs per channel
 * (GET /api/volunteer/stats/facilities) and the anonymous public aggregates
 * (GET /api/stats/facilities). Money is in minor units; days are rounded to one decimal.
 */

/** Counts and medians for one facility. */
export interface FacilityDeliveryStats {
  facilityId: string;
  shortName: string;
  officialName: string;
  region: string;
  sent: number;
  delivered: number;
  /** Stopped by the censor (or blank reply forms came back). */
  stopped: number;
  /** Returned by the post. */
  returned: number;
  lost: number;
  replied: number;
  medianDaysToDelivery: number | null;
  medianDaysToReply: number | null;
}

/** What one channel cost, per currency. */
export interface ChannelCost {
  channel: string;
  currency: string;
  /** Succeeded dispatches. */
  letters: number;
  /** Of those, how many had a cost recorded. */
  priced: number;
  totalMinor: number;
  /** Mean over the priced ones, minor units; null when none was priced. */
  averageMinor: number | null;
}

/** A facility's statistics with its costs per channel (coordinators only). */
export interface FacilityStatsWithCosts extends FacilityDeliveryStats {
  costs: ChannelCost[];
}

/** GET /api/volunteer/stats/facilities. */
export interface FacilityStatsResponse {
  facilities: FacilityStatsWithCosts[];
  /** Costs per channel across all facilities. */
  channels: ChannelCost[];
}

/** GET /api/stats/facilities: only facilities with at least `minLetters` letters, no costs. */
export interface PublicFacilityStatsResponse {
  minLetters: number;
  facilities: FacilityDeliveryStats[];
}
