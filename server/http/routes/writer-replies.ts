/**
 * The replies in the writer's "My letters" thread, under /api/writer/replies: the list (only
 * replies forwarded to this writer) and each scan as a download. Anybody else's reply or scan is
 * a 404, never a 403, so ids reveal nothing.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { createRoute, z } from '@hono/zod-openapi';
import { notFound } from '../../errors';
import { repliesForWriter, replyScanForWriter } from '../../replies/writer-thread';
import { requireWriter } from '../../writer/session';
import { errorResponses } from '../error-schema';
import { createRouter } from '../router';

const WriterThreadReply = z
  .object({
    id: z.uuid(),
    letterId: z.uuid(),
    letterRefCode: z.string(),
    prisonerId: z.uuid(),
    prisonerName: z.string(),
    receivedAt: z.string().openapi({ description: 'When the reply reached the organisation' }),
    forwardedAt: z.string(),
    translation: z.string().nullable(),
    translationLanguage: z.string().nullable(),
    original: z.string().nullable().openapi({ description: 'The Russian transcription' }),
    scans: z.array(z.object({ id: z.uuid(), mimeType: z.string(), bytes: z.number().int() })),
    purged: z.boolean(),
    canAnswer: z.boolean(),
  })
  .openapi('WriterThreadReply');

const listRoute = createRoute({
  method: 'get',
  path: '/writer/replies',
  tags: ['writer'],
  summary: 'The replies forwarded to the signed-in writer, oldest first',
  middleware: [requireWriter()] as const,
  responses: {
    200: {
      description: 'Replies',
      content: { 'application/json': { schema: z.object({ replies: z.array(WriterThreadReply) }) } },
    },
    ...errorResponses(401),
  },
});

const SCAN_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};
const binary = z.string().openapi({ format: 'binary' });

const scanRoute = createRoute({
  method: 'get',
  path: '/writer/replies/{replyId}/scans/{fileId}',
  tags: ['writer'],
  summary: 'One scan of a reply forwarded to the signed-in writer, as a download',
  middleware: [requireWriter()] as const,
  request: {
    params: z.object({
      replyId: z.string().openapi({ param: { name: 'replyId', in: 'path' } }),
      fileId: z.string().openapi({ param: { name: 'fileId', in: 'path' } }),
    }),
  },
  responses: {
    200: {
      description: 'The scan, streamed',
      content: Object.fromEntries(SCAN_TYPES.map((type) => [type, { schema: binary }])),
    },
    ...errorResponses(401, 404),
  },
});

/** Routes under /api/writer/replies. */
export function writerReplyRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) =>
      c.json({ replies: await repliesForWriter(c.get('deps').db, c.get('writerId')!) }, 200),
    )
    .openapi(scanRoute, async (c) => {
      const { db, config } = c.get('deps');
      const { replyId, fileId } = c.req.valid('param');
      const scan = await replyScanForWriter(db, config.dataDir, c.get('writerId')!, replyId, fileId);
      if (!scan) throw notFound('reply_scan');
      // Opened before the first byte is sent, so a file purged a moment ago is a 404, not a broken download.
      const handle = await fs.promises.open(scan.absolutePath, 'r').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') throw notFound('reply_scan');
        throw error;
      });
      const { size } = await handle.stat();
      const name = `letterbridge-reply-${scan.letterRefCode}-${fileId.slice(0, 8)}.${EXTENSIONS[scan.mimeType] ?? 'bin'}`;
      const stream = handle.createReadStream();
      return c.body(Readable.toWeb(stream) as ReadableStream, 200, {
        'content-type': scan.mimeType,
        'content-length': String(size),
        // Always a download: a prisoner's handwriting is never rendered under our origin.
        'content-disposition': `attachment; filename="${name}"`,
        // The app-wide default is "no-store"; "private" also keeps shared caches off it.
        'cache-control': 'private, no-store',
      });
    });
}
