/**
 * The reply workbench API, under /api/volunteer/replies: intake (scans, PDF or e-letter text; or
 * "blank forms came back"), matching to a letter, the OCR draft, transcription, translation into
 * the writer's language, and review (forward or send back). Thin routes: permission middleware,
 * zod validation, then one function from server/replies/.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { REPLY_STATUSES } from '../../../shared/reply-status';
import type { Permission } from '../../policies';
import { receiveBlankForms, receiveReply, resolveLetterPointer } from '../../replies/intake';
import { findMatchCandidates, matchReply } from '../../replies/match';
import { readReplyFile } from '../../replies/storage';
import { fileOfReply, listReplies, replyView } from '../../replies/view';
import {
  reviewReply,
  saveTranscription,
  saveTranslation,
  submitTranscription,
  submitTranslation,
} from '../../replies/work';
import { badRequest, notFound } from '../../errors';
import { errorResponses } from '../error-schema';
import { currentUser, requireAnyPermission, requirePermission } from '../middleware/auth';
import { createRouter } from '../router';
import { ReplyListItem, ReplyView } from './reply-schemas';

const json = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const tags = ['replies'];
const READ: Permission[] = ['replies.transcribe', 'replies.translate', 'replies.review'];
/** Who may take in replies: transcribers, and dispatchers who open the organisation's post. */
const INTAKE: Permission[] = ['replies.transcribe', 'letters.dispatch'];
const Id = z.object({ id: z.string() });
const Done = z.object({ ok: z.literal(true) });
const errors = errorResponses(400, 401, 403, 404, 409);
const volunteer = (id: string) => ({ type: 'volunteer' as const, id });

const Pointer = {
  letterId: z.uuid().optional(),
  refCode: z.string().trim().max(20).optional(),
  orderNumber: z.string().trim().max(80).optional(),
};

/** A file field as browsers send it; the content is checked by its own bytes later. */
const FileField = z
  .custom<File>((value) => value instanceof File, 'Expected a file.')
  .openapi({ type: 'string', format: 'binary' });

const IntakeForm = z.object({
  /** `reply` (default) stores the reply; `blank_forms` marks the letter stopped and stores nothing. */
  kind: z.enum(['reply', 'blank_forms']).default('reply'),
  file: z.union([FileField, z.array(FileField)]).optional(),
  text: z.string().max(20_000).optional(),
  note: z.string().trim().max(2000).optional(),
  ...Pointer,
});

const routes = {
  intake: createRoute({
    method: 'post',
    path: '/volunteer/replies',
    middleware: [requireAnyPermission(...INTAKE)],
    tags,
    summary: 'Take in a reply (scans, PDF or e-letter text), or record that blank reply forms came back',
    request: { body: { required: true, content: { 'multipart/form-data': { schema: IntakeForm } } } },
    responses: {
      201: json(
        'Stored (kind=reply) or letter marked stopped (kind=blank_forms)',
        z.object({
          replyId: z.uuid().nullable(),
          letterId: z.uuid().nullable(),
          matchedBy: z.string().nullable(),
          delivered: z.boolean(),
          ocrQueued: z.boolean(),
        }),
      ),
      ...errorResponses(400, 401, 403, 404, 409, 413),
    },
  }),
  list: createRoute({
    method: 'get',
    path: '/volunteer/replies',
    middleware: [requireAnyPermission(...READ, ...INTAKE)],
    tags,
    summary: 'Replies by status; unmatched=true lists those waiting to be matched to a letter',
    request: {
      query: z.object({
        status: z.enum(REPLY_STATUSES).optional(),
        unmatched: z.enum(['true', 'false']).optional(),
      }),
    },
    responses: {
      200: json('Replies, oldest first', z.object({ replies: z.array(ReplyListItem) })),
      ...errors,
    },
  }),
  candidates: createRoute({
    method: 'get',
    path: '/volunteer/replies/letter-candidates',
    middleware: [requireAnyPermission(...INTAKE)],
    tags,
    summary: 'Sent letters to match a reply to by hand: by reference code prefix or prisoner name',
    request: { query: z.object({ q: z.string().max(100) }) },
    responses: {
      200: json(
        'Newest first',
        z.object({
          letters: z.array(
            z.object({
              letterId: z.uuid(),
              refCode: z.string(),
              status: z.string(),
              prisonerName: z.string(),
              facility: z.string().nullable(),
              writerPseudonym: z.string(),
              statusChangedAt: z.string(),
            }),
          ),
        }),
      ),
      ...errors,
    },
  }),
  view: createRoute({
    method: 'get',
    path: '/volunteer/replies/{id}',
    middleware: [requireAnyPermission(...READ, ...INTAKE)],
    tags,
    summary: 'Open a reply: files, OCR draft, transcription, translation, letter, history',
    request: { params: Id },
    responses: { 200: json('The reply', ReplyView), ...errors },
  }),
  match: createRoute({
    method: 'post',
    path: '/volunteer/replies/{id}/match',
    middleware: [requireAnyPermission(...INTAKE)],
    tags,
    summary: 'Match the reply to its letter (by id, reference code or service order number)',
    request: { params: Id, ...body(z.strictObject(Pointer)) },
    responses: { 200: json('Matched', z.object({ letterId: z.uuid(), delivered: z.boolean() })), ...errors },
  }),
  transcription: createRoute({
    method: 'put',
    path: '/volunteer/replies/{id}/transcription',
    middleware: [requirePermission('replies.transcribe')],
    tags,
    summary:
      'Save the transcription; submit=true sends it on (to translation, or to review for Russian readers)',
    request: {
      params: Id,
      ...body(z.strictObject({ text: z.string().min(1).max(40_000), submit: z.boolean().default(false) })),
    },
    responses: { 200: json('Saved', z.object({ status: z.enum(REPLY_STATUSES) })), ...errors },
  }),
  translation: createRoute({
    method: 'put',
    path: '/volunteer/replies/{id}/translation',
    middleware: [requirePermission('replies.translate')],
    tags,
    summary: "Save the translation into the writer's language; submit=true sends it to review",
    request: {
      params: Id,
      ...body(z.strictObject({ text: z.string().min(1).max(40_000), submit: z.boolean().default(false) })),
    },
    responses: { 200: json('Saved', z.object({ status: z.enum(REPLY_STATUSES) })), ...errors },
  }),
  forward: createRoute({
    method: 'post',
    path: '/volunteer/replies/{id}/forward',
    middleware: [requirePermission('replies.review')],
    tags,
    summary: 'Approve and email the reply to the writer (with small corrections, if given)',
    request: {
      params: Id,
      ...body(
        z.strictObject({
          translation: z.string().min(1).max(40_000).optional(),
          transcription: z.string().min(1).max(40_000).optional(),
        }),
      ),
    },
    responses: { 200: json('Forwarded; the email is queued', Done), ...errors },
  }),
  sendBack: createRoute({
    method: 'post',
    path: '/volunteer/replies/{id}/send-back',
    middleware: [requirePermission('replies.review')],
    tags,
    summary: 'Send the translation back to the translator with a note',
    request: { params: Id, ...body(z.strictObject({ reason: z.string().trim().min(3).max(2000) })) },
    responses: { 200: json('Sent back', Done), ...errors },
  }),
};

const asFiles = (field: File | File[] | undefined): File[] =>
  field === undefined ? [] : Array.isArray(field) ? field : [field];

/** Routes under /api/volunteer/replies. */
export function replyRoutes() {
  const router = createRouter()
    .openapi(routes.intake, async (c) => {
      const { db, config } = c.get('deps');
      const user = currentUser(c);
      const form = c.req.valid('form');
      if (form.kind === 'blank_forms') {
        const { letterId } = await receiveBlankForms(db, form, volunteer(user.id));
        return c.json({ replyId: null, letterId, matchedBy: null, delivered: false, ocrQueued: false }, 201);
      }
      const files = await Promise.all(
        asFiles(form.file).map(async (f) => Buffer.from(await f.arrayBuffer())),
      );
      const result = await receiveReply(db, config.dataDir, { ...form, files }, volunteer(user.id));
      return c.json(result, 201);
    })
    .openapi(routes.list, async (c) => {
      const { status, unmatched } = c.req.valid('query');
      const items = await listReplies(c.get('deps').db, { status, unmatched: unmatched === 'true' });
      return c.json({ replies: items }, 200);
    })
    .openapi(routes.candidates, async (c) =>
      c.json({ letters: await findMatchCandidates(c.get('deps').db, c.req.valid('query').q) }, 200),
    )
    .openapi(routes.view, async (c) =>
      c.json(await replyView(c.get('deps').db, c.req.valid('param').id), 200),
    )
    .openapi(routes.match, async (c) => {
      const { db } = c.get('deps');
      const pointer = await resolveLetterPointer(db, c.req.valid('json'));
      if (!pointer)
        throw badRequest('letter_required', 'Give the letter, its reference code or the order number.');
      const { delivered } = await matchReply(
        db,
        c.req.valid('param').id,
        pointer.letterId,
        volunteer(currentUser(c).id),
        pointer.method,
      );
      return c.json({ letterId: pointer.letterId, delivered }, 200);
    })
    .openapi(routes.transcription, async (c) => {
      const { db } = c.get('deps');
      const { text, submit } = c.req.valid('json');
      const id = c.req.valid('param').id;
      if (submit) return c.json({ status: await submitTranscription(db, id, currentUser(c), text) }, 200);
      await saveTranscription(db, id, currentUser(c), text);
      return c.json({ status: 'transcribing' as const }, 200);
    })
    .openapi(routes.translation, async (c) => {
      const { db } = c.get('deps');
      const { text, submit } = c.req.valid('json');
      const id = c.req.valid('param').id;
      if (submit) {
        await submitTranslation(db, id, currentUser(c), text);
        return c.json({ status: 'reviewing' as const }, 200);
      }
      await saveTranslation(db, id, currentUser(c), text);
      return c.json({ status: 'translating' as const }, 200);
    })
    .openapi(routes.forward, async (c) => {
      await reviewReply(c.get('deps').db, c.req.valid('param').id, currentUser(c), {
        decision: 'forward',
        ...c.req.valid('json'),
      });
      return c.json({ ok: true as const }, 200);
    })
    .openapi(routes.sendBack, async (c) => {
      await reviewReply(c.get('deps').db, c.req.valid('param').id, currentUser(c), {
        decision: 'revise',
        note: c.req.valid('json').reason,
      });
      return c.json({ ok: true as const }, 200);
    });

  // The scan itself: binary, so a plain route (documented in the reply view's `files`).
  router.get('/volunteer/replies/:id/files/:fileId', requireAnyPermission(...READ, ...INTAKE), async (c) => {
    const { db, config } = c.get('deps');
    const file = await fileOfReply(db, c.req.param('id'), c.req.param('fileId'));
    if (!file) throw notFound('reply_file');
    // Images show inline; a PDF is downloaded, never rendered under our origin (the app-wide CSP
    // and nosniff headers apply to this response too).
    return c.body(new Uint8Array(readReplyFile(config.dataDir, file.path)), 200, {
      'content-type': file.mimeType,
      'content-disposition':
        file.mimeType === 'application/pdf' ? 'attachment; filename="reply.pdf"' : 'inline',
    });
  });
  return router;
}
