import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderScan } from '../../server/replies/sample-scans';
import { register } from './replies';

let dataDir: string;

/** Runs `letterbridge <args>` in-process against an embedded database in a temporary directory. */
async function run(...args: string[]): Promise<string> {
  const program = new Command('letterbridge').exitOverride();
  register(program);
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  try {
    await program.parseAsync(['node', 'letterbridge', ...args]);
  } finally {
    spy.mockRestore();
  }
  return out.join('');
}

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-replies-cli-'));
  // The CLI reads its configuration from the environment, as in production; an empty value counts as unset.
  vi.stubEnv('DATA_DIR', dataDir);
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('LOG_LEVEL', 'silent');
});
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('letterbridge replies', { timeout: 180_000 }, () => {
  it('imports the pages of one reply and lists it as unmatched', async () => {
    const pages = [1, 2].map((n) => path.join(dataDir, `scan-${n}.png`));
    for (const [i, page] of pages.entries()) fs.writeFileSync(page, await renderScan([`Страница ${i + 1}`]));
    expect(await run('replies', 'import', ...pages)).toMatch(
      /^Reply [0-9a-f-]{36} stored, not matched yet; OCR draft queued/,
    );
    const listed = await run('replies', 'list', '--unmatched');
    expect(listed).toMatch(/received\s+scan\s+\(unmatched\)/);
    expect(listed).toMatch(/1 reply\.\n$/);
    expect(fs.readdirSync(path.join(dataDir, 'uploads/replies'))).toHaveLength(2);
  });

  it('refuses a letter reference that names no letter, storing nothing', async () => {
    const page = path.join(dataDir, 'scan-1.png');
    await expect(run('replies', 'import', page, '--ref', 'LB-ZZZZZZ')).rejects.toMatchObject({
      code: 'letter_not_found',
    });
    expect(fs.readdirSync(path.join(dataDir, 'uploads/replies'))).toHaveLength(2);
  });
});
