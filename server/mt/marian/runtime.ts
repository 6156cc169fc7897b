/**
 * Loads @huggingface/transformers on demand. It is not a dependency of Letterbridge (with
 * onnxruntime it is hundreds of megabytes): an operator who wants a local model installs it, in
 * the app or in a directory of its own (MT_TRANSFORMERS_DIR), and only then is it imported.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MtError } from '../engine';

/** The version the engine is written and tested against. */
export const TRANSFORMERS_VERSION = '4.3.2';
/** The package. */
export const TRANSFORMERS_PACKAGE = '@huggingface/transformers';

/** How to install it, for error messages and `letterbridge mt check`. */
export const INSTALL_HINT =
  `npm install --no-save ${TRANSFORMERS_PACKAGE}@${TRANSFORMERS_VERSION} ` +
  '(with onnxruntime-node-install=skip in .npmrc; see docs/MT.md)';

/** The parts of transformers.js the engine uses. */
export interface Transformers {
  env: {
    allowRemoteModels: boolean;
    allowLocalModels: boolean;
    localModelPath: string;
    useFSCache?: boolean;
    useBrowserCache?: boolean;
  };
  AutoTokenizer: { from_pretrained(id: string, options?: Record<string, unknown>): Promise<Tokenizer> };
  AutoModelForSeq2SeqLM: {
    from_pretrained(id: string, options?: Record<string, unknown>): Promise<Seq2SeqModel>;
  };
}

/** A loaded tokenizer. */
export interface Tokenizer {
  (texts: string[], options?: Record<string, unknown>): Record<string, unknown>;
  batch_decode(ids: unknown, options?: Record<string, unknown>): string[];
}

/** A loaded encoder–decoder model. */
export interface Seq2SeqModel {
  generate(inputs: Record<string, unknown>): Promise<unknown>;
  dispose?(): Promise<unknown>;
}

/** The ESM entry of the installed package under `node_modules` reachable from `dir`. */
function entryFrom(dir: string): string {
  const require = createRequire(path.join(path.resolve(dir), 'noop.js'));
  let folder = path.dirname(require.resolve(TRANSFORMERS_PACKAGE));
  while (!fs.existsSync(path.join(folder, 'package.json'))) folder = path.dirname(folder);
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as {
    exports?: { node?: { import?: { default?: string } } };
  };
  return path.join(folder, manifest.exports?.node?.import?.default ?? 'dist/transformers.node.mjs');
}

/**
 * Imports transformers.js: from `dir`'s node_modules when given, else from the app's. Throws an
 * `unavailable` MtError with the install command when it is not there.
 */
export async function loadTransformers(dir?: string): Promise<Transformers> {
  try {
    // A variable specifier, so neither TypeScript nor bundlers require the optional package.
    const specifier = dir ? pathToFileURL(entryFrom(dir)).href : TRANSFORMERS_PACKAGE;
    const module = (await import(specifier)) as Transformers & { default?: Transformers };
    return module.AutoTokenizer ? module : module.default!;
  } catch (error) {
    const where = dir ? `in ${dir}` : 'in the app';
    throw new MtError(
      'marian',
      'unavailable',
      `The local model engine needs ${TRANSFORMERS_PACKAGE}, which is not installed ${where}: ${INSTALL_HINT}`,
      { cause: error },
    );
  }
}
