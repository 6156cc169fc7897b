/**
 * The `import` command group shared by `import facilities`, `import fsin-pismo` and
 * `import prisoners` (one file each): whichever registers first creates it.
 */
import fs from 'node:fs';
import type { Command } from 'commander';

/** The `import` command of `program`, created on first use. */
export function importGroup(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'import') ??
    program
      .command('import')
      .description('import the facility registry, ФСИН-Письмо’s list, or a prisoner list')
  );
}

/** Reads a file named on the command line, with a clear message when it is missing. */
export function readInputFile(file: string): string {
  if (!fs.existsSync(file)) throw new Error(`No such file: ${file}`);
  return fs.readFileSync(file, 'utf8');
}

/** Parses JSON from a file named on the command line, naming the file when it is not JSON. */
export function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(readInputFile(file)) as unknown;
  } catch (error) {
    if (error instanceof SyntaxError) throw new Error(`${file} is not valid JSON: ${error.message}`);
    throw error;
  }
}
