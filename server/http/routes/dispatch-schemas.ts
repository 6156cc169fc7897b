/** Request and response schemas of the dispatcher console routes (routes in dispatch.ts). */
import { z } from '@hono/zod-openapi';
import {
  normalizeTrackingNumber,
  trackingNumberMessage,
  trackingNumberProblem,
} from '../../../shared/tracking-number';

const Channel = z.enum(['fsin_pismo', 'zonatelecom', 'post']);
const Minor = z.number().int().min(0).max(1_000_000_000);
const Day = z.iso.date();

/** A check for the dispatcher: a stable code (worded by the dashboard) and an English sentence. */
export const Warning = z
  .object({
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    text: z.string(),
  })
  .openapi('DispatchWarning');

const Estimate = z.object({
  channel: z.string(),
  units: z.number().int(),
  unitPriceMinor: z.number().int(),
  extrasMinor: z.number().int(),
  totalMinor: z.number().int(),
  currency: z.string(),
  source: z.string(),
});

const Attempt = z.object({
  id: z.uuid(),
  letterId: z.uuid(),
  channel: z.string(),
  batchId: z.uuid().nullable(),
  createdAt: z.string(),
  startedBy: z.object({ id: z.string(), displayName: z.string() }).nullable(),
});

/** A letter in the console. */
export const QueueLetter = z
  .object({
    id: z.uuid(),
    refCode: z.string(),
    status: z.string(),
    since: z.string(),
    prisoner: z.object({ id: z.uuid(), name: z.string(), birthYear: z.number().int().nullable() }),
    facility: z
      .object({
        shortName: z.string(),
        officialName: z.string(),
        region: z.string(),
        postcode: z.string().nullable(),
      })
      .nullable(),
    chars: z.number().int(),
    channel: Channel.nullable(),
    estimate: Estimate.nullable(),
    alternatives: z.array(Channel),
    skipped: z.array(z.object({ channel: Channel, reason: z.string(), detail: z.string() })),
    dative: z.object({ text: z.string(), confirmed: z.boolean(), flags: z.array(z.string()) }),
    warnings: z.array(Warning),
    claim: z.object({ userId: z.uuid(), displayName: z.string(), until: z.string() }).nullable(),
    attempt: Attempt.extend({ stale: z.boolean() }).nullable(),
  })
  .openapi('DispatchQueueLetter');

/** One channel's budget. */
export const Budget = z
  .object({
    channel: Channel,
    currency: z.string(),
    monthlyBudgetMinor: z.number().nullable(),
    spentMinor: z.number(),
    pendingMinor: z.number(),
    queuedMinor: z.number(),
    remainingMinor: z.number().nullable(),
    level: z.enum(['none', 'ok', 'low', 'exhausted']),
    warning: z.string().nullable(),
  })
  .openapi('DispatchBudget');

/** GET /volunteer/dispatch/queue. */
export const Queue = z.object({
  groups: z.array(
    z.object({
      channel: Channel.nullable(),
      kind: z.enum(['assisted', 'print']).nullable(),
      count: z.number().int(),
      totals: z.array(z.object({ currency: z.string(), minor: z.number() })),
      unpriced: z.number().int(),
      letters: z.array(QueueLetter),
    }),
  ),
  inProgress: z.array(QueueLetter),
  /** Letters their writers post themselves (self-post), until they say they posted them. */
  writerPosting: z.array(QueueLetter),
  batches: z.array(
    z.object({ id: z.uuid(), createdAt: z.string(), pdfUrl: z.string(), letters: z.array(QueueLetter) }),
  ),
  budgets: z.array(Budget),
  truncated: z.boolean(),
  postSenderSet: z.boolean(),
});

/** An e-letter card with its attempt. */
export const Card = z
  .object({
    card: z.object({
      channel: z.string(),
      letterId: z.uuid(),
      refCode: z.string(),
      region: z.string(),
      facility: z.string(),
      recipient: z.object({
        surname: z.string(),
        givenName: z.string(),
        patronymic: z.string(),
        birthYear: z.number().int().nullable(),
        fullName: z.string(),
      }),
      units: z.array(z.string()),
      unitChars: z.number().int(),
      replyBlank: z.boolean(),
      price: Estimate.nullable(),
      warnings: z.array(z.string()),
    }),
    warnings: z.array(Warning),
    attempt: Attempt.extend({ resumed: z.boolean() }),
    alternatives: z.array(Channel),
  })
  .openapi('DispatchCard');

/** An attempt after it was completed or failed. */
export const AttemptOut = z.object({
  id: z.uuid(),
  letterId: z.uuid(),
  channel: z.string(),
  status: z.string(),
  externalRef: z.string().nullable(),
  costMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  batchId: z.uuid().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
});

/** POST …/complete. */
export const SentBody = z.strictObject({
  attemptId: z.uuid().optional(),
  /** The service's order number. */
  externalRef: z.string().trim().min(1).max(80),
  costMinor: Minor.optional(),
  date: Day.optional(),
});

/** POST …/fail. */
export const NotSentBody = z.strictObject({
  attemptId: z.uuid().optional(),
  reason: z.string().trim().min(3).max(500),
});

/**
 * A registered-mail tracking number: a 14-digit Почта России code or a 13-character S10 code
 * (shared/tracking-number.ts); spaces and dashes are allowed and dropped when it is stored.
 */
export const TrackingNumber = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .superRefine((value, ctx) => {
    const problem = trackingNumberProblem(normalizeTrackingNumber(value));
    if (problem)
      ctx.addIssue({ code: 'custom', message: trackingNumberMessage(value, problem), params: { problem } });
  })
  .openapi({ example: 'RA123456785RU' });

const Refusal = z.object({ letterId: z.string(), code: z.string(), message: z.string() });

/** POST /post-batches. */
export const BatchBody = z.strictObject({
  letterIds: z.array(z.uuid()).min(1).max(1000),
  envelope: z.enum(['DL', 'C5', 'sheet']).default('DL'),
});

/** The batch made. */
export const BatchOut = z.object({
  batchId: z.uuid(),
  pdfUrl: z.string(),
  letterIds: z.array(z.uuid()),
  skipped: z.array(Refusal),
  resumed: z.boolean(),
});

/** POST /post-batches/{id}/posted. */
export const PostedBody = z.strictObject({
  trackingNumbers: z
    .array(
      z.strictObject({
        letterId: z.uuid(),
        trackingNumber: TrackingNumber,
      }),
    )
    .max(1000)
    .optional(),
  date: Day.optional(),
});

/** What "posted" did. */
export const PostedOut = z.object({
  posted: z.array(z.uuid()),
  already: z.array(z.uuid()),
  refused: z.array(Refusal),
});

/** POST …/letters/{id}/tracking: the number, or null to remove a wrong one. */
export const TrackingBody = z.strictObject({ trackingNumber: TrackingNumber.nullable() });

/** What a tracking change did. */
export const TrackingOut = z.object({
  letterId: z.uuid(),
  attemptId: z.uuid(),
  trackingNumber: z.string().nullable(),
  previous: z.string().nullable(),
  changed: z.boolean(),
});

/** GET /posted: letters posted lately, with their tracking numbers. */
export const PostedLetters = z.object({
  days: z.number().int(),
  letters: z.array(
    z.object({
      letterId: z.uuid(),
      refCode: z.string(),
      status: z.string(),
      prisonerName: z.string(),
      facility: z.string().nullable(),
      postedAt: z.string(),
      trackingNumber: z.string().nullable(),
    }),
  ),
});

/** One channel's prices and budget. */
export const ChannelSettings = z
  .object({
    channel: Channel,
    inUse: z.boolean(),
    currency: z.string(),
    unitPriceMinor: z.number().int().nullable(),
    replyBlankMinor: z.number().int(),
    unitChars: z.number().int().nullable(),
    budget: Budget.nullable(),
  })
  .openapi('DispatchChannelSettings');

/** PUT /budgets/{channel}. */
export const ChannelSettingsBody = z.strictObject({
  monthlyBudgetMinor: Minor.nullable().optional(),
  unitPriceMinor: Minor.nullable().optional(),
  replyBlankMinor: Minor.optional(),
  unitChars: z.number().int().min(100).max(20_000).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
});

/** Path parameter: a channel. */
export const ChannelParam = z.object({ channel: Channel });
