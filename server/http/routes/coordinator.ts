/**
 * Coordinator routes under /api/coordinator: importing a prisoner list from the dashboard, with a
 * dry run that shows the diff before anything is written. Multipart upload (lists exceed the
 * JSON body limit); the file is read as UTF-8 text and never stored.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { DASHBOARD_IMPORT_FORMATS, importPrisonerList } from '../../coordinator/import';
import { badRequest } from '../../errors';
import { errorResponses } from '../error-schema';
import { currentUser, requirePermission } from '../middleware/auth';
import { createRouter } from '../router';

const Problem = z.object({ line: z.number().int(), reason: z.string() });
const Report = z
  .object({
    dryRun: z.boolean(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    skipped: z.array(Problem),
    warnings: z.array(Problem),
    merged: z.array(z.object({ line: z.number().int(), prisonerId: z.string(), how: z.string() })),
    changes: z.array(
      z.object({
        lines: z.array(z.number().int()),
        action: z.enum(['insert', 'update']),
        prisonerId: z.string(),
        fullName: z.string(),
        changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
      }),
    ),
    transfers: z.array(
      z.object({ prisonerId: z.string(), fromFacilityId: z.string().nullable(), toFacilityId: z.string() }),
    ),
    aborted: z.string().optional(),
    truncated: z.boolean(),
  })
  .openapi('PrisonerImportReport');

const importRoute = createRoute({
  method: 'post',
  path: '/coordinator/import/prisoners',
  middleware: [requirePermission('directory.import')],
  tags: ['coordinator'],
  summary: 'Import a prisoner list (dry run first: the diff, nothing written)',
  request: {
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({
            file: z.any().openapi({ type: 'string', format: 'binary' }),
            format: z.enum(DASHBOARD_IMPORT_FORMATS),
            dryRun: z.enum(['true', 'false']).default('true'),
          }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'What the import did (or would do)',
      content: { 'application/json': { schema: Report } },
    },
    ...errorResponses(400, 401, 403, 413),
  },
});

/** Routes under /api/coordinator. */
export function coordinatorRoutes() {
  return createRouter().openapi(importRoute, async (c) => {
    const form = c.req.valid('form');
    const file: unknown = form.file;
    if (!(file instanceof File)) throw badRequest('file_missing', 'Choose a file to import.');
    const text = new TextDecoder('utf-8', { fatal: false }).decode(await file.arrayBuffer());
    const report = await importPrisonerList(c.get('deps').db, currentUser(c).id, {
      format: form.format,
      text,
      dryRun: form.dryRun === 'true',
    });
    return c.json(report, 200);
  });
}
