/**
 * A person's photo, for coordinators: upload (multipart, field `file`) and removal, and the
 * picture itself for the dashboard — whether or not the person is listed. The public copy, for
 * listed people only, is served by prisoners.ts. Changing needs `directory.edit`, seeing
 * `directory.read`; the command audits every change.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { removePrisonerPhoto, setPrisonerPhoto } from '../../coordinator/prisoner-photo';
import { loadPrisonerRecord } from '../../coordinator/prisoner-record';
import { prisoners } from '../../db/schema';
import { badRequest, notFound } from '../../errors';
import { presentPrisonerRecord, PrisonerRecordOut } from '../../presenters/coordinator';
import { errorResponses } from '../error-schema';
import { currentUser, requirePermission } from '../middleware/auth';
import { createRouter } from '../router';
import { photoResponse, PhotoContent } from './photo-response';

const Id = z.object({ id: z.uuid('The id is not one this directory hands out.') });
const path = '/coordinator/prisoners/{id}/photo';
const record = {
  description: 'The record with its new photo',
  content: { 'application/json': { schema: PrisonerRecordOut } },
};

const routes = {
  photo: createRoute({
    method: 'get',
    path,
    middleware: [requirePermission('directory.read')],
    tags: ['coordinator'],
    summary: "A person's photo as stored (400 px WebP), listed or not",
    request: { params: Id },
    responses: {
      200: PhotoContent,
      304: { description: 'Unchanged' },
      ...errorResponses(400, 401, 403, 404),
    },
  }),
  upload: createRoute({
    method: 'post',
    path,
    middleware: [requirePermission('directory.edit')],
    tags: ['coordinator'],
    summary: "Set a person's photo: JPEG, PNG, WebP or HEIC by content, re-encoded without metadata; audited",
    request: {
      params: Id,
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }),
          },
        },
      },
    },
    responses: { 200: record, ...errorResponses(400, 401, 403, 404, 413, 415) },
  }),
  remove: createRoute({
    method: 'delete',
    path,
    middleware: [requirePermission('directory.edit')],
    tags: ['coordinator'],
    summary: "Remove a person's photo; audited",
    request: { params: Id },
    responses: { 200: record, ...errorResponses(400, 401, 403, 404) },
  }),
};

/** Photo routes under /api/coordinator/prisoners/{id}/photo. */
export function coordinatorPhotoRoutes() {
  return createRouter()
    .openapi(routes.photo, async (c) => {
      const { db, config } = c.get('deps');
      const [row] = await db
        .select({ photoPath: prisoners.photoPath })
        .from(prisoners)
        .where(eq(prisoners.id, c.req.valid('param').id));
      if (!row) throw notFound('prisoner');
      // Unlisted people's faces stay out of shared caches.
      return photoResponse(c, config.dataDir, row.photoPath, 'private, max-age=300');
    })
    .openapi(routes.upload, async (c) => {
      const { db, config } = c.get('deps');
      const { id } = c.req.valid('param');
      const file: unknown = c.req.valid('form').file;
      if (!(file instanceof File)) throw badRequest('file_missing', 'Choose a photo to upload.');
      await setPrisonerPhoto(
        db,
        config.dataDir,
        currentUser(c).id,
        id,
        Buffer.from(await file.arrayBuffer()),
      );
      return c.json(presentPrisonerRecord(await loadPrisonerRecord(db, id)), 200);
    })
    .openapi(routes.remove, async (c) => {
      const { db, config } = c.get('deps');
      const { id } = c.req.valid('param');
      await removePrisonerPhoto(db, config.dataDir, currentUser(c).id, id);
      return c.json(presentPrisonerRecord(await loadPrisonerRecord(db, id)), 200);
    });
}
