/**
 * Runs a program over text with stdin piped (Apertium reads until EOF, so the input is written
 * and closed, never inherited from the parent process).
 */
import { spawn } from 'node:child_process';

/** What a run returned. */
export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `command args` with `input` on stdin; kills it after `timeoutMs`. */
export function runProcess(
  command: string,
  args: readonly string[],
  input: string,
  timeoutMs: number,
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
    // A pipeline that died early closes its stdin; the write error is reported through 'close'.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input, 'utf8');
  });
}
