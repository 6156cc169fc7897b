/**
 * The dispatcher console under /api/volunteer/dispatch: the queue of approved letters by channel
 * with costs and budgets; the e-letter card (opening it begins the attempt), "mark sent" and "could
 * not send"; print batches for the post, their PDF and "posted"; tracking numbers added or corrected
 * after posting; prices and monthly budgets.
 * Double clicks and retries are safe: every step rests on the idempotent dispatch service.
 */
import { PassThrough, Readable } from 'node:stream';
import { createRoute, z } from '@hono/zod-openapi';
import { markNotSent, markSent, openCard } from '../../dispatch-console/card';
import { changeChannelSettings, channelSettings } from '../../dispatch-console/channel-settings';
import {
  batchEnvelope,
  createPostBatch,
  ENVELOPES,
  markBatchPosted,
  prepareBatchPrint,
  writeBatchPdf,
} from '../../dispatch-console/post-batches';
import { presentAttempt, presentCard, presentQueue } from '../../dispatch-console/presenters';
import { dispatchQueue } from '../../dispatch-console/queue';
import { POSTED_DAYS, recentlyPosted, setTrackingNumber } from '../../dispatch-console/tracking';
import { badRequest, notFound } from '../../errors';
import { errorResponses } from '../error-schema';
import { currentUser, requireAnyPermission, requirePermission } from '../middleware/auth';
import { createRouter, validationError } from '../router';
import {
  AttemptOut,
  BatchBody,
  BatchOut,
  Card,
  ChannelParam,
  ChannelSettings,
  ChannelSettingsBody,
  NotSentBody,
  PostedBody,
  PostedLetters,
  PostedOut,
  Queue,
  SentBody,
  TrackingBody,
  TrackingOut,
} from './dispatch-schemas';

const json = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const dispatcher = { middleware: [requirePermission('letters.dispatch')], tags: ['dispatch'] };
const errors = errorResponses(400, 401, 403, 404, 409);
const Id = z.object({ id: z.string() });
const BASE = '/volunteer/dispatch';
/**
 * A refused tracking number gets its own code and sentence (which number, what is wrong) rather
 * than the generic validation answer; anything else falls back to that answer.
 */
const trackingHook = (
  result: { success: true } | { success: false; error: { issues: z.core.$ZodIssue[] } },
): undefined => {
  if (result.success) return;
  const issue = result.error.issues.find((i) => i.path.at(-1) === 'trackingNumber');
  if (issue) throw badRequest('invalid_tracking_number', issue.message, { path: issue.path.join('.') });
  throw validationError(result.error.issues);
};
const UUID_PDF = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/i;

const routes = {
  queue: createRoute({
    method: 'get',
    path: `${BASE}/queue`,
    ...dispatcher,
    summary: 'Approved letters grouped by the channel routing chooses, with costs, open work and budgets',
    responses: { 200: json('The queue', Queue), ...errorResponses(401, 403) },
  }),
  card: createRoute({
    method: 'get',
    path: `${BASE}/letters/{id}/card`,
    ...dispatcher,
    summary: "Open an e-letter's card: begins (or resumes) its dispatch attempt",
    request: { params: Id, query: z.object({ channel: z.enum(['fsin_pismo', 'zonatelecom']).optional() }) },
    responses: { 200: json('The card', Card), ...errors },
  }),
  complete: createRoute({
    method: 'post',
    path: `${BASE}/letters/{id}/complete`,
    ...dispatcher,
    summary: "Mark sent: the service's order number, cost and date (the same number twice is one dispatch)",
    request: { params: Id, ...body(SentBody) },
    responses: {
      200: json('Sent', z.object({ attempt: AttemptOut, alreadyCompleted: z.boolean() })),
      ...errors,
    },
  }),
  fail: createRoute({
    method: 'post',
    path: `${BASE}/letters/{id}/fail`,
    ...dispatcher,
    summary: 'Could not send: the attempt fails and the letter goes back to the queue',
    request: { params: Id, ...body(NotSentBody) },
    responses: { 200: json('Back in the queue', z.object({ attempt: AttemptOut })), ...errors },
  }),
  batch: createRoute({
    method: 'post',
    path: `${BASE}/post-batches`,
    ...dispatcher,
    summary: 'Make a print batch: begins the post dispatch of each letter under one batch id',
    request: body(BatchBody),
    responses: { 201: json('The batch', BatchOut), ...errors },
  }),
  pdf: createRoute({
    method: 'get',
    path: `${BASE}/post-batches/{file}`,
    ...dispatcher,
    summary: 'The batch PDF, as `{batchId}.pdf`: letters and envelopes, ordered by facility',
    request: {
      params: z.object({ file: z.string().openapi({ example: '0b9f…-….pdf' }) }),
      query: z.object({ envelope: z.enum(ENVELOPES).optional() }),
    },
    responses: {
      200: {
        description: 'The PDF, streamed',
        content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
      },
      ...errors,
    },
  }),
  posted: createRoute({
    method: 'post',
    path: `${BASE}/post-batches/{id}/posted`,
    ...dispatcher,
    summary: 'Mark the batch posted, with registered-mail tracking numbers if any',
    request: { params: Id, ...body(PostedBody) },
    responses: { 200: json('Posted', PostedOut), ...errors },
  }),
  tracking: createRoute({
    method: 'post',
    path: `${BASE}/letters/{id}/tracking`,
    ...dispatcher,
    summary: "Add, correct or (with null) remove a posted letter's tracking number (audited)",
    request: { params: Id, ...body(TrackingBody) },
    responses: { 200: json('The number now on record', TrackingOut), ...errors },
  }),
  recentlyPosted: createRoute({
    method: 'get',
    path: `${BASE}/posted`,
    ...dispatcher,
    summary: 'Letters posted in the last 90 days with their tracking numbers, newest first',
    responses: { 200: json('Posted letters', PostedLetters), ...errorResponses(401, 403) },
  }),
  budgets: createRoute({
    method: 'get',
    path: `${BASE}/budgets`,
    middleware: [requireAnyPermission('letters.dispatch', 'budgets.manage')],
    tags: ['dispatch'],
    summary: 'Prices, monthly budgets and spending per channel',
    responses: { 200: json('Channels', z.object({ channels: z.array(ChannelSettings) })), ...errors },
  }),
  setBudget: createRoute({
    method: 'put',
    path: `${BASE}/budgets/{channel}`,
    middleware: [requirePermission('budgets.manage')],
    tags: ['dispatch'],
    summary: "Change a channel's monthly budget or prices (audited)",
    request: { params: ChannelParam, ...body(ChannelSettingsBody) },
    responses: { 200: json('Changed', z.object({ ok: z.literal(true) })), ...errors },
  }),
};

/** Routes under /api/volunteer/dispatch. */
export function dispatchRoutes() {
  return createRouter()
    .openapi(routes.queue, async (c) => {
      const { db, config } = c.get('deps');
      return c.json(presentQueue(await dispatchQueue(db, config, currentUser(c).id)), 200);
    })
    .openapi(routes.card, async (c) => {
      const { db, config } = c.get('deps');
      const view = await openCard(
        db,
        config,
        currentUser(c),
        c.req.valid('param').id,
        c.req.valid('query').channel,
      );
      return c.json(presentCard(view), 200);
    })
    .openapi(routes.complete, async (c) => {
      const { db, config } = c.get('deps');
      const done = await markSent(db, config, currentUser(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json({ attempt: presentAttempt(done.attempt), alreadyCompleted: done.alreadyCompleted }, 200);
    })
    .openapi(routes.fail, async (c) => {
      const attempt = await markNotSent(
        c.get('deps').db,
        currentUser(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json({ attempt: presentAttempt(attempt) }, 200);
    })
    .openapi(routes.batch, async (c) => {
      const { letterIds, envelope } = c.req.valid('json');
      const batch = await createPostBatch(c.get('deps').db, currentUser(c), letterIds, envelope);
      return c.json({ ...batch, pdfUrl: `/api${BASE}/post-batches/${batch.batchId}.pdf` }, 201);
    })
    .openapi(routes.pdf, async (c) => {
      const { db, config, log } = c.get('deps');
      const batchId = UUID_PDF.exec(c.req.valid('param').file)?.[1];
      if (!batchId) throw notFound('post_batch');
      // Everything is loaded and checked before the first byte, so errors are answers, not broken files.
      const prepared = await prepareBatchPrint(db, config, batchId);
      const envelope = c.req.valid('query').envelope ?? (await batchEnvelope(db, batchId));
      const out = new PassThrough();
      writeBatchPdf(prepared, envelope, out).catch((error: unknown) => {
        log.error({ err: error, batchId }, 'post batch PDF failed mid-stream');
        out.destroy(error as Error);
      });
      return c.body(Readable.toWeb(out) as ReadableStream, 200, {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="letterbridge-post-${batchId.slice(0, 8)}.pdf"`,
      });
    })
    .openapi(
      routes.posted,
      async (c) => {
        const { db, config } = c.get('deps');
        const result = await markBatchPosted(
          db,
          config,
          currentUser(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        );
        return c.json(result, 200);
      },
      trackingHook,
    )
    .openapi(
      routes.tracking,
      async (c) => {
        const change = await setTrackingNumber(
          c.get('deps').db,
          currentUser(c),
          c.req.valid('param').id,
          c.req.valid('json').trackingNumber,
        );
        return c.json(change, 200);
      },
      trackingHook,
    )
    .openapi(routes.recentlyPosted, async (c) => {
      const letters = await recentlyPosted(c.get('deps').db);
      return c.json(
        {
          days: POSTED_DAYS,
          letters: letters.map((l) => ({ ...l, postedAt: l.postedAt.toISOString() })),
        },
        200,
      );
    })
    .openapi(routes.budgets, async (c) => {
      const { db, config } = c.get('deps');
      return c.json({ channels: await channelSettings(db, config, currentUser(c).id) }, 200);
    })
    .openapi(routes.setBudget, async (c) => {
      const { db, config } = c.get('deps');
      await changeChannelSettings(
        db,
        config,
        currentUser(c).id,
        c.req.valid('param').channel,
        c.req.valid('json'),
      );
      return c.json({ ok: true as const }, 200);
    });
}
