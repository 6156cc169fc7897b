/**
 * Running `letterbridge` commands in-process in tests: against an embedded database in a
 * temporary data directory of the test file's own, with what they print captured.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, vi } from 'vitest';

/** How a command module adds its commands to the program (each module's `register`). */
export type RegisterCommands = (program: Command) => void;

/** Runs `letterbridge <args>` with the commands of `registers`; returns what it wrote to stdout. */
export async function runCli(
  registers: readonly RegisterCommands[],
  args: readonly string[],
): Promise<string> {
  const program = new Command('letterbridge').exitOverride();
  for (const register of registers) register(program);
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

/**
 * A fresh data directory, named from `prefix`, that the CLI uses during the file's tests (its
 * embedded database, no DATABASE_URL, silent logs); removed after them. Returns its path.
 */
export function useCliDataDir(prefix: string): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  beforeAll(() => {
    // The CLI reads its configuration from the environment, as in production; an empty value counts as unset.
    vi.stubEnv('DATA_DIR', dataDir);
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('LOG_LEVEL', 'silent');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return dataDir;
}
