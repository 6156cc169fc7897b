import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useCliDataDir } from '../../test/cli';
import { register as registerFacilities } from './import-facilities';
import { register as registerFsinPismo } from './import-fsin-pismo';
import { register as registerPrisoners } from './import-prisoners';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DATA = path.join(ROOT, 'server/directory/data');
const FIXTURES = path.join(ROOT, 'server/directory/importers/fixtures');

useCliDataDir('lb-import-');

/** Runs `letterbridge <args>` with the import commands. */
const run = (...args: string[]) => runCli([registerFacilities, registerFsinPismo, registerPrisoners], args);

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
