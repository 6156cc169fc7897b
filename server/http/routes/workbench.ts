/**
 * The translator's workbench, for letters (into Russian) and replies (out of it): open it with
 * segments, drafts and glossary; check the rows being typed; save or submit them. The translator
 * needs the language pair, which the loaders check; saving goes through the letter and reply
 * commands, which also check leases and states.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { UI_LANGUAGES } from '../../../shared/limits';
import { badRequest } from '../../errors';
import { segmentText } from '../../mt/segment';
import type { Permission } from '../../policies';
import { saveTranslation, submitTranslation } from '../../replies/work';
import { saveLetterTranslation } from '../../volunteer/letter-work';
import { composeRows } from '../../workbench/rows';
import { loadLetterSubject, loadReplySubject, type WorkbenchSubject } from '../../workbench/subject';
import { buildWorkbench, checkWorkbench } from '../../workbench/view';
import { errorResponses } from '../error-schema';
import { currentUser, requirePermission } from '../middleware/auth';
import { createRouter } from '../router';
import { Rows, WorkbenchChecks, WorkbenchView } from './workbench-schemas';

const json = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const guard = (permission: Permission) => ({
  middleware: [requirePermission(permission)],
  tags: ['workbench'],
});
const Id = z.object({ id: z.string() });
const errors = errorResponses(400, 401, 403, 404, 409);
const SaveBody = z.strictObject({
  rows: Rows,
  submit: z.boolean().default(false),
  engine: z.string().max(40).optional(),
});
const Saved = z.object({ status: z.string() });

const routesFor = (kind: 'letters' | 'replies', permission: Permission) => ({
  open: createRoute({
    method: 'get',
    path: `/volunteer/${kind}/{id}/workbench`,
    ...guard(permission),
    summary: 'Open the workbench: segments, saved rows, drafts, glossary',
    request: { params: Id },
    responses: { 200: json('The workbench', WorkbenchView), ...errors },
  }),
  checks: createRoute({
    method: 'post',
    path: `/volunteer/${kind}/{id}/checks`,
    ...guard(permission),
    summary: 'Check the rows being typed: quality checks, screening of Russian text, spelling',
    request: {
      params: Id,
      ...body(z.strictObject({ rows: Rows, uiLanguage: z.enum(UI_LANGUAGES).optional() })),
    },
    responses: { 200: json('What the checks found', WorkbenchChecks), ...errors },
  }),
  save: createRoute({
    method: 'put',
    path: `/volunteer/${kind}/{id}/workbench`,
    ...guard(permission),
    summary: 'Save the rows as the translation; submit=true sends it to review',
    request: { params: Id, ...body(SaveBody) },
    responses: { 200: json('Saved', Saved), ...errors },
  }),
});

const letterRoutes = routesFor('letters', 'letters.translate');
const replyRoutes = routesFor('replies', 'replies.translate');

/** The rows as the text to store; refuses rows that no longer fit the source (it changed). */
function composedText(subject: WorkbenchSubject, rows: readonly string[]): string {
  const source = segmentText(subject.sourceText ?? '');
  if (rows.length !== source.segments.length) {
    throw badRequest('rows_mismatch', 'The original changed since the workbench opened; reload it.');
  }
  const { text } = composeRows(source, rows);
  if (text === '') throw badRequest('translation_empty', 'Nothing is translated yet.');
  return text;
}

/** Routes under /api/volunteer/{letters,replies}/{id}/workbench and …/checks. */
export function workbenchRoutes() {
  return createRouter()
    .openapi(letterRoutes.open, async (c) => {
      const { db, config } = c.get('deps');
      const subject = await loadLetterSubject(db, currentUser(c), c.req.valid('param').id);
      return c.json(await buildWorkbench(db, subject, config.SPELLCHECK_DICTIONARY), 200);
    })
    .openapi(letterRoutes.checks, async (c) => {
      const { db, config } = c.get('deps');
      const subject = await loadLetterSubject(db, currentUser(c), c.req.valid('param').id);
      const { rows, uiLanguage } = c.req.valid('json');
      return c.json(await checkWorkbench(db, subject, rows, config.SPELLCHECK_DICTIONARY, uiLanguage), 200);
    })
    .openapi(letterRoutes.save, async (c) => {
      const { db } = c.get('deps');
      const user = currentUser(c);
      const subject = await loadLetterSubject(db, user, c.req.valid('param').id);
      const { rows, submit, engine } = c.req.valid('json');
      const text = composedText(subject, rows);
      const saved = await saveLetterTranslation(db, user, subject.id, {
        text,
        submit,
        ...(engine ? { engine } : {}),
      });
      return c.json({ status: submit ? 'reviewing' : saved.status }, 200);
    })
    .openapi(replyRoutes.open, async (c) => {
      const { db, config } = c.get('deps');
      const subject = await loadReplySubject(db, currentUser(c), c.req.valid('param').id);
      return c.json(await buildWorkbench(db, subject, config.SPELLCHECK_DICTIONARY), 200);
    })
    .openapi(replyRoutes.checks, async (c) => {
      const { db, config } = c.get('deps');
      const subject = await loadReplySubject(db, currentUser(c), c.req.valid('param').id);
      const { rows, uiLanguage } = c.req.valid('json');
      return c.json(await checkWorkbench(db, subject, rows, config.SPELLCHECK_DICTIONARY, uiLanguage), 200);
    })
    .openapi(replyRoutes.save, async (c) => {
      const { db } = c.get('deps');
      const user = currentUser(c);
      const subject = await loadReplySubject(db, user, c.req.valid('param').id);
      const { rows, submit } = c.req.valid('json');
      const text = composedText(subject, rows);
      if (submit) await submitTranslation(db, subject.id, user, text);
      else await saveTranslation(db, subject.id, user, text);
      return c.json({ status: submit ? 'reviewing' : 'translating' }, 200);
    });
}
