/**
 * `letterbridge replies import FILE… [--ref CODE | --letter ID | --order NUMBER] [--text FILE]`:
 * take in one reply from files a scanner wrote (its pages, in order), for a batch of postal
 * replies; the worker makes the OCR draft as for an upload. `letterbridge replies list
 * [--unmatched]`: replies waiting, oldest first.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { REPLY_STATUSES } from '../../shared/reply-status';
import { systemActor } from '../../server/letters/actor';
import { receiveReply } from '../../server/replies/intake';
import { listReplies } from '../../server/replies/view';
import { withApp } from '../context';

const ImportOptions = z.object({
  ref: z.string().trim().max(20).optional(),
  letter: z.uuid().optional(),
  order: z.string().trim().max(80).optional(),
  text: z.string().optional(),
});

const ListOptions = z.object({
  unmatched: z.boolean().optional(),
  status: z.enum(REPLY_STATUSES).optional(),
});

/** Registers the command. */
export function register(program: Command): void {
  const replies = program.command('replies').description('take in and list prisoners’ replies');
  replies
    .command('import')
    .description(
      'store one reply from scan files (JPEG, PNG, PDF: its pages in order) and queue its OCR draft',
    )
    .argument('[files...]', 'the scan files of one reply')
    .option('--ref <code>', 'the letter’s reference code (LB-XXXXXX), if known')
    .option('--letter <id>', 'the letter’s id, if known')
    .option('--order <number>', 'the e-letter service’s order number, if known')
    .option('--text <file>', 'a text file with an e-letter reply')
    .action(async (files: string[], raw: unknown) => {
      const options = ImportOptions.parse(raw);
      const input = {
        files: files.map((file) => fs.readFileSync(file)),
        text: options.text ? fs.readFileSync(options.text, 'utf8') : undefined,
        refCode: options.ref,
        letterId: options.letter,
        orderNumber: options.order,
      };
      await withApp(async ({ db, config }) => {
        const result = await receiveReply(db, config.dataDir, input, systemActor('cli'));
        process.stdout.write(
          `Reply ${result.replyId} stored` +
            (result.letterId
              ? `, matched (${result.matchedBy ?? ''}) to letter ${result.letterId}`
              : ', not matched yet') +
            (result.ocrQueued ? '; OCR draft queued for the worker.\n' : '.\n'),
        );
      });
    });
  replies
    .command('list')
    .description('replies by status, oldest first')
    .option('--unmatched', 'only replies not matched to a letter yet')
    .option('--status <status>', `one of: ${REPLY_STATUSES.join(', ')}`)
    .action(async (raw: unknown) => {
      const options = ListOptions.parse(raw);
      await withApp(async ({ db }) => {
        const items = await listReplies(db, options);
        for (const item of items) {
          process.stdout.write(
            `${item.id}  ${item.status.padEnd(12)} ${item.receivedVia.padEnd(8)} ${item.refCode ?? '(unmatched)'}  ${item.receivedAt}\n`,
          );
        }
        process.stdout.write(`${items.length} repl${items.length === 1 ? 'y' : 'ies'}.\n`);
      });
    });
}
