import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDirectoryLock, DirectoryLockedError } from './directory-lock';
import { openDatabase } from './database';

const run = promisify(execFile);
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-lock-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the embedded database lock', () => {
  it('refuses a second opener in the same process and frees the directory on release', () => {
    const dir = tempDir();
    const lock = acquireDirectoryLock(dir);
    expect(() => acquireDirectoryLock(dir)).toThrow(DirectoryLockedError);
    lock.release();
    acquireDirectoryLock(dir).release();
  });

  it('takes over a lock left by a process that died', () => {
    const dir = tempDir();
    // A pid far above Linux's pid_max cannot be alive.
    fs.writeFileSync(path.join(dir, 'letterbridge.lock'), '99999999');
    acquireDirectoryLock(dir).release();
  });

  it('stops another process with a message naming the holder', async () => {
    const dataDir = tempDir();
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const script = `import { openDatabase } from './server/db/database.ts';
        await openDatabase({ kind: 'pglite', dataDir: ${JSON.stringify(dataDir)} });`;
      const error = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: path.resolve('.'),
      }).catch((e: { stderr: string; code: number }) => e);
      expect(error).toMatchObject({ code: 1 });
      expect((error as { stderr: string }).stderr).toContain(
        `in use by another Letterbridge process (pid ${process.pid})`,
      );
    } finally {
      await database.close();
    }
    expect(fs.existsSync(path.join(dataDir, 'letterbridge.lock'))).toBe(false);
  });
});
