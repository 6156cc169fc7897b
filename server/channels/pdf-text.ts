/**
 * Test helpers: read a PDF back with poppler's real tools (`pdftotext`, `pdfinfo`), the way a
 * person's viewer would, so tests check what is on the page rather than what we meant to draw.
 */
import { execFileSync } from 'node:child_process';

/** The text of each page, in order (pdftotext separates pages with form feeds). */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const pages = text.split('\f');
  // pdftotext ends the last page with a form feed too.
  if (pages[pages.length - 1] === '') pages.pop();
  return pages;
}

/** Page sizes in millimetres, rounded, as "220x110". */
export function pdfPageSizes(file: string): string[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', file], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(
    (m) => `${Math.round((Number(m[1]) * 25.4) / 72)}x${Math.round((Number(m[2]) * 25.4) / 72)}`,
  );
}

/** Whitespace collapsed to single spaces, ends trimmed: line breaks of the layout do not count. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The lines of a page, trimmed, without empty ones; no-break spaces read as spaces. */
export function lines(page: string): string[] {
  return page
    .split('\n')
    .map((line) => line.replace(/\u00a0/g, ' ').trim())
    .filter((line) => line !== '');
}
