/**
 * PGlite has no lock of its own: two processes writing one data directory silently lose rows.
 * This lock file (created atomically, holding the owner's pid) makes the second process fail
 * with a clear message instead. A lock left by a process that no longer exists is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';

/** A held lock. */
export interface DirectoryLock {
  path: string;
  release(): void;
}

/** Thrown when another live process holds the data directory. */
export class DirectoryLockedError extends Error {
  override name = 'DirectoryLockedError';
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Letterbridge process (pid ${ownerPid}). ` +
        'Only one process may open it: stop that process, or set DATABASE_URL to use PostgreSQL, ' +
        'which many processes can share.',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock on `dataDir` or throws `DirectoryLockedError`. */
export function acquireDirectoryLock(dataDir: string): DirectoryLock {
  const lockPath = path.join(dataDir, 'letterbridge.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx', 0o600);
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once('exit', release);
      return { path: lockPath, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (Number.isFinite(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DirectoryLockedError(dataDir, owner);
      }
      if (owner === process.pid) throw new DirectoryLockedError(dataDir, owner);
      // Stale lock from a process that died: remove it and try once more.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}
