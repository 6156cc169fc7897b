/**
 * The dispatcher console as the API sends it (GET /api/volunteer/dispatch/queue, the e-letter card
 * and the attempt after "mark sent" or "could not send", presented by
 * server/dispatch-console/presenters.ts; letters posted lately and tracking number changes, by
 * server/dispatch-console/tracking.ts). JSON on the wire: every time is an ISO 8601 string; money is in minor units.
 * The dashboard renders every string as text, never as HTML.
 */

/** A channel the organisation sends through (self-post is the writer's own, never routed). */
export type ChannelId = 'fsin_pismo' | 'zonatelecom' | 'post';

/** A check for the dispatcher: a stable code the dashboard words, and the server's English sentence. */
export interface DispatchWarning {
  code: string;
  params?: Record<string, string | number>;
  text: string;
}

/** What sending a letter through a channel costs. */
export interface Estimate {
  channel: string;
  /** Paid units: e-letter pages, or 1 for a posted letter. */
  units: number;
  unitPriceMinor: number;
  /** Reply blank or return stamp, when asked for. */
  extrasMinor: number;
  totalMinor: number;
  currency: string;
  /** Where the price came from: the facility's row, the routing policy, or the default. */
  source: string;
}

/** Who started a dispatch attempt. */
export interface AttemptStarter {
  id: string;
  displayName: string;
}

/** A dispatch attempt under way (pending). */
export interface PendingAttempt {
  id: string;
  letterId: string;
  channel: string;
  batchId: string | null;
  createdAt: string;
  startedBy: AttemptStarter | null;
}

/** A letter in the console. */
export interface QueueLetter {
  id: string;
  refCode: string;
  status: string;
  /** Since when it has been in its status. */
  since: string;
  prisoner: { id: string; name: string; birthYear: number | null };
  facility: { shortName: string; officialName: string; region: string; postcode: string | null } | null;
  /** Characters of the Russian text. */
  chars: number;
  /** The chosen (or, under way, the attempt's) channel and its cost. */
  channel: ChannelId | null;
  estimate: Estimate | null;
  /** Other channels that could take it, best first. */
  alternatives: ChannelId[];
  /** Channels routing passed over, and why. */
  skipped: { channel: ChannelId; reason: string; detail: string }[];
  /** The recipient's line in the dative case ("Иванову Ивану Ивановичу, 1990 г.р."). */
  dative: { text: string; confirmed: boolean; flags: string[] };
  warnings: DispatchWarning[];
  claim: { userId: string; displayName: string; until: string } | null;
  /** The pending attempt, for letters under way; `stale` once it has waited too long. */
  attempt: (PendingAttempt & { stale: boolean }) | null;
}

/** One channel's budget this month. */
export interface Budget {
  channel: ChannelId;
  currency: string;
  monthlyBudgetMinor: number | null;
  /** Recorded costs of letters sent this month. */
  spentMinor: number;
  /** Estimates of dispatches under way. */
  pendingMinor: number;
  /** Estimates of the letters routing sends here from the queue. */
  queuedMinor: number;
  /** Budget minus spent and pending; null without a budget. */
  remainingMinor: number | null;
  /** `none`: no budget set; `low`: under 10 % left; `exhausted`: nothing left. */
  level: 'none' | 'ok' | 'low' | 'exhausted';
  /** What the remainder means once the queue is sent, in plain words; null when all is well. */
  warning: string | null;
}

/** The letters routing sends through one channel (or to none). */
export interface QueueGroup {
  channel: ChannelId | null;
  kind: 'assisted' | 'print' | null;
  count: number;
  /** Sum of the known estimates, per currency. */
  totals: { currency: string; minor: number }[];
  /** Letters with no price known. */
  unpriced: number;
  letters: QueueLetter[];
}

/** An open print batch. */
export interface OpenBatch {
  id: string;
  createdAt: string;
  /** Where its PDF downloads. */
  pdfUrl: string;
  letters: QueueLetter[];
}

/** The whole console. */
export interface DispatchQueue {
  groups: QueueGroup[];
  /** E-letters whose card is open (attempt pending). */
  inProgress: QueueLetter[];
  /** Letters their writers chose to post themselves (self-post), not yet reported posted. */
  writerPosting: QueueLetter[];
  batches: OpenBatch[];
  budgets: Budget[];
  /** More approved letters wait than the queue routed. */
  truncated: boolean;
  /** The organisation's return address is set (print batches need it). */
  postSenderSet: boolean;
}

/** An e-letter card: what the dispatcher types into the service's web form. */
export interface CardView {
  card: {
    channel: string;
    letterId: string;
    refCode: string;
    /** Region as the service lists it. */
    region: string;
    /** Facility as the service lists it. */
    facility: string;
    recipient: {
      surname: string;
      givenName: string;
      /** Empty when the person has none (or it is unknown). */
      patronymic: string;
      birthYear: number | null;
      /** Nominative, as the form wants it. */
      fullName: string;
    };
    /** The Russian text cut into the service's paid units, each at most `unitChars` characters. */
    units: string[];
    unitChars: number;
    replyBlank: boolean;
    price: Estimate | null;
    /** Things the dispatcher must check by hand (missing birth year, service name unknown, ...). */
    warnings: string[];
  };
  warnings: DispatchWarning[];
  /** The attempt the card belongs to; `resumed` when it was already open. */
  attempt: PendingAttempt & { resumed: boolean };
  /** Channels routing would also accept, for "send through another service". */
  alternatives: ChannelId[];
}

/** An attempt after "mark sent" or "could not send". */
export interface AttemptOut {
  id: string;
  letterId: string;
  channel: string;
  /** pending, succeeded or failed. */
  status: string;
  /** The service's order number or the post's tracking number. */
  externalRef: string | null;
  costMinor: number | null;
  currency: string | null;
  batchId: string | null;
  error: string | null;
  createdAt: string;
  completedAt: string | null;
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

/** What a tracking number change did. */
export interface TrackingChange {
  letterId: string;
  attemptId: string;
  trackingNumber: string | null;
  previous: string | null;
  /** False when the letter already had this number (a repeat changes nothing). */
  changed: boolean;
}
