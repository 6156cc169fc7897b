import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Only the transition modules may write a status column: every other module must go through
 * a named command, so each change has its event row and follow-up jobs.
 */
const OWNERS: Record<string, string> = {
  letters: 'server/letters/transition.ts',
  replies: 'server/replies/transition.ts',
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('status ownership', () => {
  it('only the transition modules use the shared status-move statement', () => {
    const users = sourceFiles('server').filter(
      (file) =>
        file !== 'server/db/status-move.ts' &&
        /from '[./]*\/db\/status-move'/.test(fs.readFileSync(file, 'utf8')),
    );
    expect(users.sort()).toEqual(Object.values(OWNERS).sort());
  });

  for (const [table, owner] of Object.entries(OWNERS)) {
    it(`only ${owner} writes ${table}.status`, () => {
      // The SET list only: stop at WHERE, so a status in the condition does not count.
      const rawSql = new RegExp(`UPDATE\\s+${table}\\s+SET(?:(?!WHERE)[^;\`])*?\\bstatus\\s*=`, 'i');
      const builder = new RegExp(`\\.update\\(${table}\\)[\\s\\S]{0,400}?\\.set\\(\\{[^}]*\\bstatus\\s*:`);
      const offenders = sourceFiles('server')
        .filter((file) => file !== owner)
        .filter((file) => {
          const text = fs.readFileSync(file, 'utf8');
          return rawSql.test(text) || builder.test(text);
        });
      expect(offenders).toEqual([]);
    });
  }
});
