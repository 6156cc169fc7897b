/**
 * Checks a Marian / OPUS-MT model directory before anything loads it, and says precisely what is
 * missing. The layout is the one @huggingface/transformers (transformers.js 4) reads locally:
 *
 *   config.json                      model_type "marian"
 *   tokenizer.json, tokenizer_config.json
 *   generation_config.json           optional
 *   onnx/encoder_model{suffix}.onnx
 *   onnx/decoder_model_merged{suffix}.onnx   (a decoder_model.onnx alone is not enough: see below)
 *
 * where {suffix} follows the dtype: "" for fp32, "_quantized" for q8, "_fp16", "_int8", "_uint8",
 * "_q4", "_bnb4", "_q4f16".
 */
import fs from 'node:fs';
import path from 'node:path';

/** Weight formats transformers.js can load, and the file-name suffix of each. */
export const DTYPE_SUFFIX = {
  fp32: '',
  q8: '_quantized',
  fp16: '_fp16',
  int8: '_int8',
  uint8: '_uint8',
  q4: '_q4',
  bnb4: '_bnb4',
  q4f16: '_q4f16',
} as const;

/** One of {@link DTYPE_SUFFIX}'s keys. */
export type ModelDtype = keyof typeof DTYPE_SUFFIX;

/** The verdict on a model directory. */
export interface ModelCheck {
  dir: string;
  ok: boolean;
  /** Files that are present and usable. */
  found: string[];
  /** What is missing or wrong, one sentence each. */
  problems: string[];
  /** Other observations (optional files, other dtypes present). */
  notes: string[];
}

const LFS_POINTER = 'version https://git-lfs';

function readJson(file: string): { value?: Record<string, unknown>; error?: string } {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'is not a JSON object' };
    return { value: value as Record<string, unknown> };
  } catch (error) {
    return { error: `cannot be read as JSON (${(error as Error).message})` };
  }
}

/** A weights file that is really there: not empty and not a Git LFS pointer left by a plain clone. */
function weightsProblem(file: string): string | undefined {
  const size = fs.statSync(file).size;
  if (size === 0) return 'is empty';
  if (size < 1024 && fs.readFileSync(file, 'utf8').startsWith(LFS_POINTER)) {
    return 'is a Git LFS pointer, not the model (run `git lfs pull` in the model repository)';
  }
  return undefined;
}

/** Checks `dir` for the files transformers.js needs to run a Marian model with `dtype` weights. */
export function validateModelDir(dir: string, dtype: ModelDtype = 'fp32'): ModelCheck {
  const check: ModelCheck = { dir, ok: false, found: [], problems: [], notes: [] };
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    check.problems.push(`${dir} is not a directory`);
    return check;
  }
  const at = (name: string) => path.join(dir, name);

  if (!fs.existsSync(at('config.json'))) check.problems.push('config.json is missing');
  else {
    const { value, error } = readJson(at('config.json'));
    if (error) check.problems.push(`config.json ${error}`);
    else if (value?.model_type !== 'marian') {
      check.problems.push(`config.json says model_type ${JSON.stringify(value?.model_type)}, not "marian"`);
    } else {
      check.found.push('config.json (marian)');
      if (typeof value.decoder_start_token_id !== 'number') {
        check.problems.push('config.json has no decoder_start_token_id (generation needs it)');
      }
    }
  }

  for (const name of ['tokenizer.json', 'tokenizer_config.json']) {
    if (!fs.existsSync(at(name))) continue;
    const { error } = readJson(at(name));
    if (error) check.problems.push(`${name} ${error}`);
    else check.found.push(name);
  }
  if (!fs.existsSync(at('tokenizer.json'))) {
    const spm = ['source.spm', 'target.spm'].filter((f) => fs.existsSync(at(f)));
    check.problems.push(
      spm.length > 0
        ? `tokenizer.json is missing: ${spm.join(' and ')} are the Python tokenizer's SentencePiece models, ` +
            'which transformers.js cannot read; export the model with Optimum (it writes tokenizer.json)'
        : 'tokenizer.json is missing',
    );
  }
  if (!fs.existsSync(at('tokenizer_config.json'))) check.problems.push('tokenizer_config.json is missing');
  if (fs.existsSync(at('generation_config.json'))) check.found.push('generation_config.json');
  else check.notes.push('generation_config.json is absent: config.json settings are used for generation');

  const suffix = DTYPE_SUFFIX[dtype];
  const onnx = (name: string) => path.join('onnx', `${name}${suffix}.onnx`);
  const encoder = onnx('encoder_model');
  const merged = onnx('decoder_model_merged');
  const plain = onnx('decoder_model');
  for (const file of [encoder, merged]) {
    if (!fs.existsSync(at(file))) continue;
    const problem = weightsProblem(at(file));
    if (problem) check.problems.push(`${file} ${problem}`);
    else check.found.push(file);
  }
  if (!fs.existsSync(at(encoder))) check.problems.push(`${encoder} is missing`);
  if (!fs.existsSync(at(merged))) {
    check.problems.push(
      fs.existsSync(at(plain))
        ? `${merged} is missing; ${plain} is there, but transformers.js 4 runs seq2seq models only ` +
            'through the merged decoder (with and without past key values in one graph): export with ' +
            '`optimum-cli export onnx --task text2text-generation-with-past`'
        : `${merged} is missing`,
    );
  }
  if (check.problems.some((p) => p.startsWith('onnx/'))) {
    const others = (Object.keys(DTYPE_SUFFIX) as ModelDtype[]).filter(
      (d) => d !== dtype && fs.existsSync(at(path.join('onnx', `encoder_model${DTYPE_SUFFIX[d]}.onnx`))),
    );
    if (others.length > 0)
      check.notes.push(`weights for dtype ${others.join(', ')} are present: set that dtype`);
  }
  check.ok = check.problems.length === 0;
  return check;
}
