/** The statistics screen's call (server/http/routes/delivery.ts), typed with the shared wire shapes. */
import type { FacilityStatsResponse } from '../../../../shared/api/stats';
import { get } from '../../api/client';

export type {
  ChannelCost,
  FacilityStatsWithCosts,
  FacilityStatsResponse,
} from '../../../../shared/api/stats';

/** Per-facility statistics and costs per channel. */
export const statsApi = {
  facilities: (signal?: AbortSignal) => get<FacilityStatsResponse>('/volunteer/stats/facilities', signal),
};
