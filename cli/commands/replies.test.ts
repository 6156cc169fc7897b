import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderScan } from '../../server/replies/sample-scans';
import { runCli, useCliDataDir } from '../../test/cli';
import { register } from './replies';

const dataDir = useCliDataDir('lb-replies-cli-');

/** Runs `letterbridge <args>` with the replies commands. */
const run = (...args: string[]) => runCli([register], args);

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
