/**
 * The delivery routes the dashboard calls (server/http/routes/delivery.ts): what happened to a sent
 * letter, and the follow-up tasks of lost ones. The answers' shapes are shared/api/delivery.ts.
 */
import type {
  DeliveryMove,
  FollowUpClosed,
  FollowUpOutcome,
  LostFollowUpList,
  StopCause,
  VolunteerDeliverySource,
} from '../../../../shared/api/delivery';
import { api, get } from '../../api/client';

export type { FollowUpOutcome, LostFollowUp, StopCause } from '../../../../shared/api/delivery';

const base = '/volunteer/delivery';

/** Every delivery call the dashboard makes. */
export const deliveryApi = {
  delivered: (
    letterId: string,
    body: { source: VolunteerDeliverySource; note?: string; deliveredOn?: string },
  ) => api<DeliveryMove>('POST', `${base}/letters/${letterId}/delivered`, { body }),
  stopped: (letterId: string, body: { cause: StopCause; note?: string }) =>
    api<DeliveryMove>('POST', `${base}/letters/${letterId}/stopped`, { body }),
  followUps: (signal?: AbortSignal) => get<LostFollowUpList>(`${base}/follow-ups`, signal),
  closeFollowUp: (letterId: string, body: FollowUpOutcome) =>
    api<FollowUpClosed>('POST', `${base}/follow-ups/${letterId}`, { body }),
};
