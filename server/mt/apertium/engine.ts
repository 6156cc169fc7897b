/**
 * Apertium engine: Ukrainian→Russian and Belarusian→Russian (and back, for replies) with the
 * Debian language data and the fixed mode files in ./modes (see README.md for why).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MtError,
  type Draft,
  type EngineHealth,
  type LanguageCode,
  type MtEngine,
  type SegmentInput,
} from '../engine';
import { runProcess } from './run';

/** The folder holding `modes/`, passed to `apertium -d`. */
export const APERTIUM_DATA_DIR = path.dirname(fileURLToPath(import.meta.url));

/** ISO 639-1 → Apertium's ISO 639-3 codes. */
const CODES: Record<string, string> = { uk: 'ukr', be: 'bel', ru: 'rus' };

/** Options for {@link createApertiumEngine}. */
export interface ApertiumOptions {
  /** Folder with `modes/PAIR.mode` (default: the fixed modes shipped here). */
  dataDir?: string;
  /** The `apertium` script (default: found on PATH). */
  command?: string;
  /** Longest run before the pipeline is killed (default 60 s). */
  timeoutMs?: number;
}

/** The mode name for a language pair, e.g. "ukr-rus". */
export function apertiumMode(from: LanguageCode, to: LanguageCode): string | undefined {
  const a = CODES[from];
  const b = CODES[to];
  return a && b ? `${a}-${b}` : undefined;
}

/** The programs of `names` the shell cannot find on PATH. */
export async function missingPrograms(names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const script = 'for p in "$@"; do command -v "$p" >/dev/null 2>&1 || echo "$p"; done';
  const result = await runProcess('sh', ['-c', script, 'sh', ...names], '', 10_000);
  return result.stdout.split('\n').filter(Boolean);
}

/** What a mode file needs: the programs of each pipeline step and the data files they read. */
export function modeRequirements(modeText: string): { programs: string[]; files: string[] } {
  const steps = modeText.split('|').map((step) => step.trim());
  const programs = [...new Set(steps.map((step) => step.split(/\s+/)[0] ?? '').filter(Boolean))];
  const files = [...new Set([...modeText.matchAll(/'([^']+)'/g)].map((m) => m[1]!))];
  return { programs, files };
}

/** Removes Apertium's marks (*unknown, #generation error, @untranslated) and names the words. */
export function cleanApertiumOutput(output: string, source: string): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const text = output.replace(
    /(^|[\s"«„(])([*#@])(\p{L}[\p{L}\p{M}'’-]*)/gu,
    (all, before: string, mark, word: string) => {
      // A writer's own "*hugs*" stays as written.
      if (source.includes(mark as string)) return all;
      unknown.push(word);
      return `${before}${word}`;
    },
  );
  return { text: text.trim(), unknown };
}

/** An Apertium engine. */
export function createApertiumEngine(options: ApertiumOptions = {}): MtEngine {
  const dataDir = options.dataDir ?? APERTIUM_DATA_DIR;
  const command = options.command ?? 'apertium';
  const timeoutMs = options.timeoutMs ?? 60_000;
  const modeFile = (mode: string) => path.join(dataDir, 'modes', `${mode}.mode`);

  async function missing(mode: string): Promise<string[]> {
    if (!fs.existsSync(modeFile(mode))) return [`mode file ${modeFile(mode)}`];
    const { programs, files } = modeRequirements(fs.readFileSync(modeFile(mode), 'utf8'));
    const problems = (await missingPrograms([command, ...programs])).map((p) => `program "${p}"`);
    for (const file of files) if (!fs.existsSync(file)) problems.push(`data file ${file}`);
    return problems;
  }

  async function run(mode: string, input: string): Promise<string> {
    // apertium reads /dev/stdin, which cannot be opened when stdin is Node's socket pair, so the
    // input goes through `cat` and reaches apertium as a real pipe.
    const result = await runProcess(
      'sh',
      ['-c', 'cat | "$0" "$@"', command, '-d', dataDir, '-f', 'txt', mode],
      input,
      timeoutMs,
    );
    // The packaged modes crash inside the pipeline yet exit 0 with no output: treat silence as failure.
    if (result.code !== 0 || (input.trim() !== '' && result.stdout.trim() === '')) {
      const why = result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`;
      throw new MtError(
        'apertium',
        'failed',
        `apertium ${mode} produced no translation (${why}): ${result.stderr.trim().slice(-300)}`,
      );
    }
    return result.stdout;
  }

  function draft(segment: SegmentInput, output: string): Draft {
    const { text, unknown } = cleanApertiumOutput(output, segment.text);
    return {
      index: segment.index,
      text,
      engine: 'apertium',
      score: null,
      ...(unknown.length > 0 ? { notes: [`not in Apertium's dictionary: ${unknown.join(', ')}`] } : {}),
    };
  }

  return {
    id: 'apertium',
    supports: (from, to) => {
      const mode = apertiumMode(from, to);
      return mode !== undefined && fs.existsSync(modeFile(mode));
    },
    translate: async (segments, from, to) => {
      const mode = apertiumMode(from, to);
      if (!mode || !fs.existsSync(modeFile(mode))) {
        throw new MtError(
          'apertium',
          'unsupported_pair',
          `Apertium has no ${from}→${to} mode in ${dataDir}/modes`,
        );
      }
      const problems = await missing(mode);
      if (problems.length > 0)
        throw new MtError('apertium', 'unavailable', `Apertium is missing ${problems.join(', ')}`);
      const texts = segments.map((s) => s.text.replace(/\s+/g, ' ').trim());
      if (texts.length === 0) return [];
      // One process for the whole letter: segments separated by blank lines, which Apertium keeps.
      const parts = (await run(mode, texts.join('\n\n'))).replace(/\s+$/, '').split(/\n\n/);
      if (parts.length === segments.length) return segments.map((s, i) => draft(s, parts[i] ?? ''));
      const drafts: Draft[] = [];
      for (const [i, segment] of segments.entries())
        drafts.push(draft(segment, await run(mode, texts[i] ?? '')));
      return drafts;
    },
    health: async (): Promise<EngineHealth> => {
      const modes = ['ukr-rus', 'bel-rus'].filter((mode) => fs.existsSync(modeFile(mode)));
      const problems = [...new Set((await Promise.all(modes.map(missing))).flat())];
      if (modes.length === 0)
        return { engine: 'apertium', ok: false, detail: `no mode files in ${dataDir}/modes` };
      if (problems.length > 0)
        return { engine: 'apertium', ok: false, detail: `missing: ${problems.join('; ')}` };
      try {
        await run('ukr-rus', 'Добрий день');
        return { engine: 'apertium', ok: true, detail: `modes ${modes.join(', ')} in ${dataDir}` };
      } catch (error) {
        return { engine: 'apertium', ok: false, detail: (error as Error).message };
      }
    },
  };
}
