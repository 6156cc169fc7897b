/** The dispatcher console's calls and shapes (server/http/routes/dispatch-schemas.ts). */
import { api, get } from '../../api/client';

/** A channel the organisation sends through. */
export type ChannelId = 'fsin_pismo' | 'zonatelecom' | 'post';

/** A check for the dispatcher: a stable code this screen words, and the server's English sentence. */
export interface DispatchWarning {
  code: string;
  params?: Record<string, string | number>;
  text: string;
}

/** What sending a letter costs. */
export interface Estimate {
  channel: string;
  units: number;
  unitPriceMinor: number;
  extrasMinor: number;
  totalMinor: number;
  currency: string;
  source: string;
}

/** A letter in the console. */
export interface QueueLetter {
  id: string;
  refCode: string;
  status: string;
  since: string;
  prisoner: { id: string; name: string; birthYear: number | null };
  facility: { shortName: string; officialName: string; region: string; postcode: string | null } | null;
  chars: number;
  channel: ChannelId | null;
  estimate: Estimate | null;
  alternatives: ChannelId[];
  skipped: { channel: ChannelId; reason: string; detail: string }[];
  dative: { text: string; confirmed: boolean; flags: string[] };
  warnings: DispatchWarning[];
  claim: { userId: string; displayName: string; until: string } | null;
  attempt: {
    id: string;
    channel: string;
    batchId: string | null;
    createdAt: string;
    startedBy: { id: string; displayName: string } | null;
    stale: boolean;
  } | null;
}

/** One channel's budget this month. */
export interface Budget {
  channel: ChannelId;
  currency: string;
  monthlyBudgetMinor: number | null;
  spentMinor: number;
  pendingMinor: number;
  queuedMinor: number;
  remainingMinor: number | null;
  level: 'none' | 'ok' | 'low' | 'exhausted';
  warning: string | null;
}

/** The letters routed to one channel (or to none). */
export interface QueueGroup {
  channel: ChannelId | null;
  kind: 'assisted' | 'print' | null;
  count: number;
  totals: { currency: string; minor: number }[];
  unpriced: number;
  letters: QueueLetter[];
}

/** An open print batch. */
export interface OpenBatch {
  id: string;
  createdAt: string;
  pdfUrl: string;
  letters: QueueLetter[];
}

/** The console. */
export interface DispatchQueue {
  groups: QueueGroup[];
  inProgress: QueueLetter[];
  /** Letters their writers chose to post themselves (self-post), with when they chose it. */
  writerPosting: QueueLetter[];
  batches: OpenBatch[];
  budgets: Budget[];
  truncated: boolean;
  postSenderSet: boolean;
}

/** An e-letter card. */
export interface CardView {
  card: {
    channel: ChannelId;
    letterId: string;
    refCode: string;
    region: string;
    facility: string;
    recipient: {
      surname: string;
      givenName: string;
      patronymic: string;
      birthYear: number | null;
      fullName: string;
    };
    units: string[];
    unitChars: number;
    replyBlank: boolean;
    price: Estimate | null;
  };
  warnings: DispatchWarning[];
  attempt: {
    id: string;
    createdAt: string;
    resumed: boolean;
    startedBy: { id: string; displayName: string } | null;
  };
  alternatives: ChannelId[];
}

/** An attempt after "mark sent" or "could not send". */
export interface AttemptOut {
  id: string;
  status: string;
  externalRef: string | null;
  costMinor: number | null;
  currency: string | null;
  completedAt: string | null;
}

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

/** A letter posted lately, with its tracking number. */
export interface PostedLetter {
  letterId: string;
  refCode: string;
  status: string;
  prisonerName: string;
  facility: string | null;
  postedAt: string;
  trackingNumber: string | null;
}

/** What a tracking change did. */
export interface TrackingChange {
  letterId: string;
  attemptId: string;
  trackingNumber: string | null;
  previous: string | null;
  changed: boolean;
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
