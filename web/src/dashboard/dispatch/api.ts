/**
 * The dispatcher console's calls and the shapes only it reads (server/http/routes/dispatch-schemas.ts);
 * the queue, card and attempt shapes the server's presenters return are shared/api/dispatch.ts.
 */
import type {
  AttemptOut,
  Budget,
  CardView,
  ChannelId,
  DispatchQueue,
  PostedLetter,
  TrackingChange,
} from '../../../../shared/api/dispatch';
import { api, get } from '../../api/client';

export type {
  AttemptOut,
  Budget,
  CardView,
  ChannelId,
  DispatchQueue,
  DispatchWarning,
  Estimate,
  OpenBatch,
  PostedLetter,
  QueueGroup,
  QueueLetter,
  TrackingChange,
} from '../../../../shared/api/dispatch';

/** One channel's prices and budget. */
export interface ChannelSettings {
  channel: ChannelId;
  inUse: boolean;
  currency: string;
  unitPriceMinor: number | null;
  replyBlankMinor: number;
  unitChars: number | null;
  budget: Budget | null;
}

/** A letter left out of a batch or of "posted". */
export interface Refusal {
  letterId: string;
  code: string;
  message: string;
}

const base = '/volunteer/dispatch';

/** Every call the console makes. */
export const dispatchApi = {
  queue: (signal?: AbortSignal) => get<DispatchQueue>(`${base}/queue`, signal),
  card: (letterId: string, signal?: AbortSignal) => get<CardView>(`${base}/letters/${letterId}/card`, signal),
  sent: (
    letterId: string,
    body: { attemptId: string; externalRef: string; costMinor?: number; date?: string },
  ) =>
    api<{ attempt: AttemptOut; alreadyCompleted: boolean }>('POST', `${base}/letters/${letterId}/complete`, {
      body,
    }),
  notSent: (letterId: string, body: { attemptId?: string; reason: string }) =>
    api<{ attempt: AttemptOut }>('POST', `${base}/letters/${letterId}/fail`, { body }),
  makeBatch: (letterIds: string[], envelope: string) =>
    api<{ batchId: string; pdfUrl: string; letterIds: string[]; skipped: Refusal[]; resumed: boolean }>(
      'POST',
      `${base}/post-batches`,
      { body: { letterIds, envelope } },
    ),
  posted: (
    batchId: string,
    body: { trackingNumbers: { letterId: string; trackingNumber: string }[]; date?: string },
  ) =>
    api<{ posted: string[]; already: string[]; refused: Refusal[] }>(
      'POST',
      `${base}/post-batches/${batchId}/posted`,
      {
        body,
      },
    ),
  recentlyPosted: (signal?: AbortSignal) =>
    get<{ days: number; letters: PostedLetter[] }>(`${base}/posted`, signal),
  setTracking: (letterId: string, trackingNumber: string | null) =>
    api<TrackingChange>('POST', `${base}/letters/${letterId}/tracking`, { body: { trackingNumber } }),
  channels: (signal?: AbortSignal) => get<{ channels: ChannelSettings[] }>(`${base}/budgets`, signal),
  setChannel: (
    channel: ChannelId,
    body: { monthlyBudgetMinor?: number | null; unitPriceMinor?: number | null; replyBlankMinor?: number },
  ) => api<{ ok: true }>('PUT', `${base}/budgets/${channel}`, { body }),
};

/** The PDF's address, with another envelope format for a reprint. */
export function pdfHref(batchId: string, envelope?: string): string {
  return `/api${base}/post-batches/${batchId}.pdf${envelope ? `?envelope=${encodeURIComponent(envelope)}` : ''}`;
}
