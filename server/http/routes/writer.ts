/**
 * The writer's "My letters" API: sign in by emailed link, list letters, withdraw, edit after a
 * request for changes, download and delete all data, sign out. The replies are in
 * writer-replies.ts. Sessions come from the `lb_writer` cookie (see server/writer/session.ts).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { LETTER_STATUSES, RECIPIENT_HOLD_CAUSES } from '../../../shared/letter-status';
import { SIGNATURE_MAX_CHARS, UI_LANGUAGES, WRITER_LANGUAGES } from '../../../shared/limits';
import { ALTCHA_HEADER } from '../../writer/altcha';
import { clientAddress } from '../../writer/client-address';
import { guardWriterRequest } from '../../writer/guards';
import { editOwnLetter, withdrawOwnLetter } from '../../writer/letter-actions';
import { requestWriterLogin, signInWithToken } from '../../writer/login';
import { deleteWriterData, exportWriterData } from '../../writer/my-data';
import { listWriterLetters } from '../../writer/my-letters';
import { WRITER_RATE_LIMITS } from '../../writer/rate-limit';
import { endWriterSession, requireWriter, setWriterCookie } from '../../writer/session';
import { errorResponses } from '../error-schema';
import { createRouter } from '../router';

const ok = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const LetterId = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });

const WriterLetter = z
  .object({
    id: z.uuid(),
    refCode: z.string(),
    status: z.enum(LETTER_STATUSES),
    language: z.string(),
    body: z.string().nullable(),
    signature: z.string(),
    allowPublish: z.boolean(),
    createdAt: z.string(),
    channel: z.string().nullable(),
    prisoner: z.object({ id: z.uuid(), fullName: z.string(), latinName: z.string().nullable() }),
    facility: z.object({ shortName: z.string(), region: z.string() }).nullable(),
    timeline: z.array(
      z.object({
        status: z.enum(LETTER_STATUSES),
        at: z.string(),
        reason: z.string().optional(),
        byYou: z.literal(true).optional().openapi({ description: 'The writer made this step' }),
      }),
    ),
    canWithdraw: z.boolean(),
    canEdit: z.boolean(),
    changeRequest: z.string().nullable(),
    inReplyToReplyId: z.uuid().nullable(),
    selfPost: z
      .object({
        offered: z.boolean().openapi({ description: 'The writer may choose to post it themselves now' }),
        state: z.enum(['preparing', 'posted']).nullable(),
        startedAt: z.string().nullable(),
        postedAt: z.string().nullable(),
        trackingNumber: z.string().nullable(),
      })
      .openapi('WriterSelfPost'),
    holdCause: z
      .enum(RECIPIENT_HOLD_CAUSES)
      .nullable()
      .openapi({ description: 'While on hold because the person left custody: why' }),
  })
  .openapi('WriterLetter');

const loginRoute = createRoute({
  method: 'post',
  path: '/writer/login',
  tags: ['writer'],
  summary: 'Email a sign-in link to "My letters" (always 202: never says whether the address is known)',
  request: body(
    z.strictObject({
      email: z.string().trim().pipe(z.email().max(254)),
      uiLanguage: z.enum(UI_LANGUAGES).default('en'),
    }),
  ),
  responses: {
    202: ok(z.object({ status: z.literal('sent') }), 'Sent if the address is known'),
    ...errorResponses(400, 429),
  },
});

const sessionRoute = createRoute({
  method: 'post',
  path: '/writer/session',
  tags: ['writer'],
  summary: 'Exchange the emailed sign-in token for a session cookie',
  request: body(z.strictObject({ token: z.string().min(20).max(200) })),
  responses: { 200: ok(z.object({ signedIn: z.literal(true) }), 'Signed in'), ...errorResponses(400, 410) },
});

const lettersRoute = createRoute({
  method: 'get',
  path: '/writer/letters',
  tags: ['writer'],
  summary: 'Every letter of the signed-in writer, newest first',
  middleware: [requireWriter()] as const,
  responses: { 200: ok(z.object({ letters: z.array(WriterLetter) }), 'Letters'), ...errorResponses(401) },
});

const withdrawRoute = createRoute({
  method: 'post',
  path: '/writer/letters/{id}/withdraw',
  tags: ['writer'],
  summary: 'Withdraw a letter before it is sent',
  middleware: [requireWriter()] as const,
  request: { params: LetterId },
  responses: {
    200: ok(z.object({ status: z.literal('withdrawn') }), 'Withdrawn'),
    ...errorResponses(401, 404, 409),
  },
});

const editRoute = createRoute({
  method: 'put',
  path: '/writer/letters/{id}',
  tags: ['writer'],
  summary: 'Edit a letter after a moderator asked for changes; it is screened again',
  middleware: [requireWriter()] as const,
  request: {
    params: LetterId,
    ...body(
      z.strictObject({
        body: z.string().trim().min(20, 'A letter needs at least a few sentences.'),
        signature: z.string().trim().max(SIGNATURE_MAX_CHARS).optional(),
        language: z.enum(WRITER_LANGUAGES).optional(),
      }),
    ),
  },
  responses: {
    200: ok(z.object({ status: z.literal('screening') }), 'Resubmitted'),
    ...errorResponses(400, 401, 404, 409),
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/writer/export',
  tags: ['writer'],
  summary: 'Download everything stored about the writer, as JSON',
  middleware: [requireWriter()] as const,
  responses: { 200: ok(z.object({}).passthrough(), 'The data'), ...errorResponses(401) },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/writer',
  tags: ['writer'],
  summary: 'Delete all of the writer’s data; letters not yet sent are withdrawn first',
  middleware: [requireWriter()] as const,
  responses: {
    200: ok(
      z.object({ withdrawn: z.number(), purged: z.number(), repliesPurged: z.number() }),
      'Deleted: letters withdrawn, letters purged, replies purged',
    ),
    ...errorResponses(401),
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/writer/logout',
  tags: ['writer'],
  summary: 'End this session',
  responses: { 200: ok(z.object({ signedIn: z.literal(false) }), 'Signed out') },
});

/** Routes under /api/writer. */
export function writerRoutes() {
  return createRouter()
    .openapi(loginRoute, async (c) => {
      const deps = c.get('deps');
      const { email, uiLanguage } = c.req.valid('json');
      const limits = { perIp: WRITER_RATE_LIMITS.loginPerIp, perEmail: WRITER_RATE_LIMITS.loginPerEmail };
      await guardWriterRequest(
        deps,
        { altcha: c.req.header(ALTCHA_HEADER), address: clientAddress(c), email },
        limits,
      );
      await requestWriterLogin(deps.db, deps.keys, email, uiLanguage);
      return c.json({ status: 'sent' as const }, 202);
    })
    .openapi(sessionRoute, async (c) => {
      const { sessionToken } = await signInWithToken(c.get('deps').db, c.req.valid('json').token);
      setWriterCookie(c, sessionToken);
      return c.json({ signedIn: true as const }, 200);
    })
    .openapi(lettersRoute, async (c) =>
      c.json({ letters: await listWriterLetters(c.get('deps').db, c.get('writerId')!) }, 200),
    )
    .openapi(withdrawRoute, async (c) => {
      await withdrawOwnLetter(c.get('deps').db, c.get('writerId')!, c.req.valid('param').id);
      return c.json({ status: 'withdrawn' as const }, 200);
    })
    .openapi(editRoute, async (c) => {
      const { db, config } = c.get('deps');
      await editOwnLetter(
        db,
        c.get('writerId')!,
        c.req.valid('param').id,
        c.req.valid('json'),
        config.LETTER_MAX_CHARS,
      );
      return c.json({ status: 'screening' as const }, 200);
    })
    .openapi(exportRoute, async (c) => {
      const { db, keys } = c.get('deps');
      const data = await exportWriterData(db, keys, c.get('writerId')!);
      c.header('Content-Disposition', 'attachment; filename="letterbridge-my-data.json"');
      return c.json(data as unknown as Record<string, never>, 200);
    })
    .openapi(deleteRoute, async (c) => {
      const { db, keys, config } = c.get('deps');
      const result = await deleteWriterData(db, keys, config.dataDir, c.get('writerId')!);
      await endWriterSession(c);
      return c.json(result, 200);
    })
    .openapi(logoutRoute, async (c) => {
      await endWriterSession(c);
      return c.json({ signedIn: false as const }, 200);
    });
}
