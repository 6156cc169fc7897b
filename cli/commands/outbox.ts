/** `letterbridge outbox`: list the mail written to DATA_DIR/outbox when no SMTP server is set. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../server/config';

function header(eml: string, name: string): string {
  const match = new RegExp(`^${name}: (.*)$`, 'mi').exec(eml);
  return match?.[1]?.trim() ?? '';
}

/** Registers the command. */
export function register(program: Command): void {
  program
    .command('outbox')
    .description('list mail saved to the local outbox (the embedded default has no SMTP server)')
    .option('--show <n>', 'print message number n in full')
    .action((options: { show?: string }) => {
      const dir = path.join(loadConfig().dataDir, 'outbox');
      const files = fs.existsSync(dir)
        ? fs
            .readdirSync(dir)
            .filter((f) => f.endsWith('.eml'))
            .sort()
        : [];
      if (files.length === 0) {
        process.stdout.write(`No mail in ${dir}.\n`);
        return;
      }
      if (options.show) {
        const file = files[Number(options.show) - 1];
        if (!file) throw new Error(`There are ${files.length} messages; no number ${options.show}.`);
        process.stdout.write(fs.readFileSync(path.join(dir, file), 'utf8'));
        return;
      }
      files.forEach((file, i) => {
        const eml = fs.readFileSync(path.join(dir, file), 'utf8');
        process.stdout.write(
          `${String(i + 1).padStart(3)}  ${header(eml, 'Date')}  ${header(eml, 'To')}  ${header(eml, 'Subject')}\n`,
        );
      });
      process.stdout.write(`\n${files.length} message(s) in ${dir}. Show one with --show N.\n`);
    });
}
