import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { register as registerFacilities } from './import-facilities';
import { register as registerFsinPismo } from './import-fsin-pismo';
import { register as registerPrisoners } from './import-prisoners';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DATA = path.join(ROOT, 'server/directory/data');
const FIXTURES = path.join(ROOT, 'server/directory/importers/fixtures');

let dataDir: string;
// eslint-disable-next-line no-restricted-properties -- the CLI reads its settings from the environment, as in production
const env = process.env;
const saved = {
  DATA_DIR: env.DATA_DIR,
  DATABASE_URL: env.DATABASE_URL,
  LOG_LEVEL: env.LOG_LEVEL,
};

/** Runs `letterbridge <args>` in-process against an embedded database in a temporary directory. */
async function run(...args: string[]): Promise<string> {
  const program = new Command('letterbridge').exitOverride();
  for (const register of [registerFacilities, registerFsinPismo, registerPrisoners]) register(program);
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
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-import-'));
  env.DATA_DIR = dataDir;
  delete env.DATABASE_URL;
  env.LOG_LEVEL = 'silent';
});
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('letterbridge import', { timeout: 180_000 }, () => {
  it('facilities --format fku --dry-run prints the counts and writes nothing', async () => {
    const out = await run(
      'import',
      'facilities',
      path.join(DATA, 'sheet_fku.csv'),
      '--format',
      'fku',
      '--dry-run',
    );
    expect(out).toMatch(
      /^Facilities \(dry run: nothing written\): 834 inserted, 0 updated, 0 unchanged, 0 skipped\./,
    );
    const again = await run(
      'import',
      'facilities',
      path.join(DATA, 'facilities_normalized.csv'),
      '--dry-run',
    );
    expect(again).toMatch(/834 inserted/);
  });

  it('facilities imports, and a second run reports everything unchanged', async () => {
    expect(await run('import', 'facilities', path.join(DATA, 'facilities_normalized.csv'))).toMatch(
      /834 inserted/,
    );
    expect(await run('import', 'facilities', path.join(DATA, 'sheet_fku.csv'), '--format', 'fku')).toMatch(
      /0 inserted, 0 updated, 834 unchanged/,
    );
  });

  it('fsin-pismo prints the names it could not match', async () => {
    const out = await run('import', 'fsin-pismo', path.join(FIXTURES, 'fsin-pismo-regions.json'));
    expect(out).toMatch(/22 departments; 20 facilities connected \(20 new/);
    expect(out).toContain('Москва / ФКУ ИЦ-1 УФСИН России по г. Москве: no facility type and number');
  });

  it('prisoners --dry-run prints skipped lines with reasons and the diff', async () => {
    const out = await run(
      'import',
      'prisoners',
      '--format',
      'ovdinfo-csv',
      path.join(FIXTURES, 'ovdinfo-export.csv'),
      '--dry-run',
    );
    expect(out).toMatch(/7 inserted, 0 updated, 0 unchanged, 3 skipped, 1 merged/);
    expect(out).toContain('line 9: "13/45/1990" is not a real date');
    expect(out).toContain('+ lines 2, 11: Мифтахов Ильдар Ильдусович');
    expect(out).toContain('facilityId: ∅ → ФКУ СИЗО-1 УФСИН России по г. Москве');
  });

  it('prisoners refuses csv without a mapping, naming the option', async () => {
    await expect(
      run('import', 'prisoners', '--format', 'csv', path.join(FIXTURES, 'mapped-list.csv')),
    ).rejects.toThrow(/needs --mapping FILE/);
  });
});
