/**
 * `letterbridge mt check DIR`: is this directory a Marian/OPUS-MT model the local engine can run?
 * Lists what is there, names precisely what is missing, checks that @huggingface/transformers is
 * installed, and with `--translate TEXT` loads the model and translates one sentence.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../../server/config';
import { createMarianEngine } from '../../server/mt/marian/engine';
import { loadTransformers, TRANSFORMERS_PACKAGE } from '../../server/mt/marian/runtime';
import { DTYPE_SUFFIX, validateModelDir, type ModelDtype } from '../../server/mt/marian/validate';

/** Options of the command, validated like the configuration. */
export const mtCheckOptionsSchema = z.object({
  dtype: z.enum(Object.keys(DTYPE_SUFFIX) as [ModelDtype, ...ModelDtype[]]).default('fp32'),
  transformersDir: z.string().optional(),
  translate: z.string().optional(),
});

/** Checks `dir`, writing a report line by line; true when the model is usable. */
export async function runMtCheck(
  dir: string,
  options: z.infer<typeof mtCheckOptionsSchema>,
  write: (line: string) => void,
): Promise<boolean> {
  const check = validateModelDir(dir, options.dtype);
  write(`Model directory ${dir} (${options.dtype}): ${check.ok ? 'complete' : 'NOT USABLE'}`);
  for (const file of check.found) write(`  ok       ${file}`);
  for (const problem of check.problems) write(`  MISSING  ${problem}`);
  for (const note of check.notes) write(`  note     ${note}`);
  let runtime = true;
  try {
    await loadTransformers(options.transformersDir);
    write(
      `  ok       ${TRANSFORMERS_PACKAGE} can be loaded${options.transformersDir ? ` from ${options.transformersDir}` : ''}`,
    );
  } catch (error) {
    runtime = false;
    write(`  MISSING  ${(error as Error).message}`);
  }
  if (check.ok && runtime && options.translate) {
    const engine = createMarianEngine({
      models: { 'xx-yy': { dir } },
      dtype: options.dtype,
      ...(options.transformersDir ? { transformersDir: options.transformersDir } : {}),
    });
    const [draft] = await engine.translate([{ index: 0, text: options.translate }], 'xx', 'yy');
    write(`  translated: ${options.translate} → ${draft?.text ?? ''}`);
  }
  return check.ok && runtime;
}

/** Registers `mt check`. */
export function register(program: Command): void {
  const mt = program.command('mt').description('machine translation engines');
  mt.command('check <dir>')
    .description('validate a Marian/OPUS-MT ONNX model directory for the local engine')
    .option('--dtype <dtype>', `weights to use: ${Object.keys(DTYPE_SUFFIX).join(', ')}`)
    .option(
      '--transformers-dir <dir>',
      'where @huggingface/transformers is installed (default: MT_TRANSFORMERS_DIR)',
    )
    .option('--translate <text>', 'load the model and translate this text')
    .action(async (dir: string, raw: Record<string, unknown>) => {
      const config = loadConfig();
      const options = mtCheckOptionsSchema.parse({
        dtype: raw.dtype ?? config.MT_MARIAN_DTYPE,
        transformersDir: raw.transformersDir ?? config.MT_TRANSFORMERS_DIR,
        translate: raw.translate,
      });
      const ok = await runMtCheck(dir, options, (line) => process.stdout.write(`${line}\n`));
      if (!ok) process.exitCode = 1;
    });
}
