/**
 * Self-post under /api/writer/letters/{id}/self-post: the signed-in writer chooses to post their
 * approved letter themselves, gets the address and a printable PDF, then says they posted it or
 * hands it back to the volunteers. Another writer's letter is a 404. See server/writer/self-post.ts.
 */
import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { createRoute, z } from '@hono/zod-openapi';
import { writeSelfPostPdf } from '../../channels/self-post/pdf';
import { cancelSelfPost, markSelfPosted, selfPostPrintout, startSelfPost } from '../../writer/self-post';
import { requireWriter } from '../../writer/session';
import { errorResponses } from '../error-schema';
import { createRouter } from '../router';

const BASE = '/writer/letters/{id}/self-post';
const LetterId = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });
const ok = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const writer = { tags: ['writer'], middleware: [requireWriter()] };

const Printout = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'A country is its two-letter ISO code, such as DE.')
    .optional()
    .openapi({ description: 'Where the writer posts from (ISO alpha-2); RU drops the country line' }),
  paper: z.enum(['A4', 'LETTER']).optional(),
});

const State = z.object({ state: z.enum(['preparing', 'posted', 'approved']) });

const routes = {
  start: createRoute({
    method: 'post',
    path: BASE,
    ...writer,
    summary: 'Choose to post the approved letter yourself (a repeat is harmless)',
    request: { params: LetterId },
    responses: { 200: ok(State, 'Preparing'), ...errorResponses(401, 404, 409) },
  }),
  address: createRoute({
    method: 'get',
    path: `${BASE}/address`,
    ...writer,
    summary: 'The address as the envelope takes it, one line per envelope line',
    request: { params: LetterId, query: Printout.pick({ country: true }) },
    responses: {
      200: ok(z.object({ addressText: z.string(), addressLines: z.array(z.string()) }), 'The address'),
      ...errorResponses(400, 401, 404, 409),
    },
  }),
  pdf: createRoute({
    method: 'get',
    path: `${BASE}/pdf`,
    ...writer,
    summary: 'The letter in Russian and an address sheet for the envelope, as a PDF download',
    request: { params: LetterId, query: Printout },
    responses: {
      200: {
        description: 'The PDF',
        content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
      },
      ...errorResponses(400, 401, 404, 409),
    },
  }),
  posted: createRoute({
    method: 'post',
    path: `${BASE}/posted`,
    ...writer,
    summary: '"I have posted it", with the tracking number of registered mail if there is one',
    request: {
      params: LetterId,
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z.strictObject({
              trackingNumber: z.string().trim().max(40).nullable().optional(),
              postedOn: z.iso.date().optional(),
            }),
          },
        },
      },
    },
    responses: {
      200: ok(State.extend({ alreadyRecorded: z.boolean() }), 'Posted'),
      ...errorResponses(400, 401, 404, 409),
    },
  }),
  cancel: createRoute({
    method: 'post',
    path: `${BASE}/cancel`,
    ...writer,
    summary: 'Let the volunteers send it after all: the letter waits for dispatch again',
    request: { params: LetterId },
    responses: { 200: ok(State, 'Back in the queue'), ...errorResponses(401, 404, 409) },
  }),
};

/** Routes under /api/writer/letters/{id}/self-post. */
export function writerSelfPostRoutes() {
  return createRouter()
    .openapi(routes.start, async (c) => {
      await startSelfPost(c.get('deps').db, c.get('writerId')!, c.req.valid('param').id);
      return c.json({ state: 'preparing' as const }, 200);
    })
    .openapi(routes.address, async (c) => {
      const { address } = await selfPostPrintout(
        c.get('deps').db,
        c.get('writerId')!,
        c.req.valid('param').id,
        c.req.valid('query'),
      );
      c.header('Cache-Control', 'private, no-store');
      return c.json(address, 200);
    })
    .openapi(routes.pdf, async (c) => {
      const printout = await selfPostPrintout(
        c.get('deps').db,
        c.get('writerId')!,
        c.req.valid('param').id,
        c.req.valid('query'),
      );
      // One letter is small: rendered whole before the first byte, so a failure is an error answer.
      const out = new PassThrough();
      const [pdf] = await Promise.all([buffer(out), writeSelfPostPdf(printout.pdf, out)]);
      return c.body(new Uint8Array(pdf), 200, {
        'content-type': 'application/pdf',
        'content-length': String(pdf.length),
        'content-disposition': `attachment; filename="letterbridge-${printout.refCode}.pdf"`,
        // A letter to a prisoner: never kept by a shared cache.
        'cache-control': 'private, no-store',
      });
    })
    .openapi(routes.posted, async (c) => {
      const { alreadyCompleted } = await markSelfPosted(
        c.get('deps').db,
        c.get('writerId')!,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json({ state: 'posted' as const, alreadyRecorded: alreadyCompleted }, 200);
    })
    .openapi(routes.cancel, async (c) => {
      await cancelSelfPost(c.get('deps').db, c.get('writerId')!, c.req.valid('param').id);
      return c.json({ state: 'approved' as const }, 200);
    });
}
