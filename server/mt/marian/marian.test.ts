import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { MtError } from '../engine';
import { createMarianEngine } from './engine';
import { loadTransformers } from './runtime';
import { writeTinyMarianModel } from './tiny-model';
import { validateModelDir } from './validate';

let root = '';
let model = '';
const copy = (name: string) => {
  const dir = path.join(root, name);
  fs.cpSync(model, dir, { recursive: true });
  return dir;
};

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-marian-'));
  model = writeTinyMarianModel(path.join(root, 'opus-mt-en-ru'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('validateModelDir', () => {
  it('accepts a complete Marian export', () => {
    expect(validateModelDir(model)).toEqual({
      dir: model,
      ok: true,
      found: [
        'config.json (marian)',
        'tokenizer.json',
        'tokenizer_config.json',
        'generation_config.json',
        'onnx/encoder_model.onnx',
        'onnx/decoder_model_merged.onnx',
      ],
      problems: [],
      notes: [],
    });
  });

  it('names every missing file of an empty directory', () => {
    const empty = fs.mkdtempSync(path.join(root, 'empty-'));
    expect(validateModelDir(empty).problems).toEqual([
      'config.json is missing',
      'tokenizer.json is missing',
      'tokenizer_config.json is missing',
      'onnx/encoder_model.onnx is missing',
      'onnx/decoder_model_merged.onnx is missing',
    ]);
    expect(validateModelDir(path.join(root, 'nope')).problems).toEqual([
      `${path.join(root, 'nope')} is not a directory`,
    ]);
  });

  it('explains a Python-only tokenizer, a non-Marian config and a decoder without the merged graph', () => {
    const dir = copy('python-export');
    fs.rmSync(path.join(dir, 'tokenizer.json'));
    fs.writeFileSync(path.join(dir, 'source.spm'), 'spm');
    fs.writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({ model_type: 't5', decoder_start_token_id: 0 }),
    );
    fs.renameSync(
      path.join(dir, 'onnx/decoder_model_merged.onnx'),
      path.join(dir, 'onnx/decoder_model.onnx'),
    );
    const { ok, problems } = validateModelDir(dir);
    expect(ok).toBe(false);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe('config.json says model_type "t5", not "marian"');
    expect(problems[1]).toMatch(
      /^tokenizer\.json is missing: source\.spm are the Python tokenizer's SentencePiece/,
    );
    expect(problems[2]).toMatch(
      /^onnx\/decoder_model_merged\.onnx is missing; onnx\/decoder_model\.onnx is there/,
    );
  });

  it('recognises Git LFS pointers and points to the dtype whose weights are present', () => {
    const dir = copy('lfs');
    fs.writeFileSync(
      path.join(dir, 'onnx/encoder_model.onnx'),
      'version https://git-lfs.github.com/spec/v1\noid sha256:00\nsize 1\n',
    );
    expect(validateModelDir(dir).problems).toEqual([
      'onnx/encoder_model.onnx is a Git LFS pointer, not the model (run `git lfs pull` in the model repository)',
    ]);
    const quantized = validateModelDir(model, 'q8');
    expect(quantized.problems).toEqual([
      'onnx/encoder_model_quantized.onnx is missing',
      'onnx/decoder_model_merged_quantized.onnx is missing',
    ]);
    expect(quantized.notes).toContain('weights for dtype fp32 are present: set that dtype');
  });
});

describe('Marian engine without @huggingface/transformers', () => {
  it('says exactly what to install, in health and when asked to translate', async () => {
    const nowhere = fs.mkdtempSync(path.join(root, 'no-runtime-'));
    await expect(loadTransformers(nowhere)).rejects.toMatchObject({ code: 'unavailable' });
    const engine = createMarianEngine({ models: { 'en-ru': { dir: model } }, transformersDir: nowhere });
    expect(engine.supports('en', 'ru')).toBe(true);
    expect(engine.supports('de', 'ru')).toBe(false);
    const health = await engine.health();
    expect(health.ok).toBe(false);
    // The model itself is fine: the only problem reported is the missing library.
    expect(health.detail).toMatch(
      /^The local model engine needs @huggingface\/transformers.*npm install --no-save @huggingface\/transformers@4\.3\.2/,
    );
    const error = await engine
      .translate([{ index: 0, text: 'Hello world!' }], 'en', 'ru')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MtError);
    expect((error as MtError).code).toBe('unavailable');
  });

  it('refuses a broken model directory before touching the runtime', async () => {
    const broken = copy('broken');
    fs.rmSync(path.join(broken, 'onnx'), { recursive: true });
    const engine = createMarianEngine({ models: { 'en-ru': { dir: broken } } });
    await expect(engine.translate([{ index: 0, text: 'Hello' }], 'en', 'ru')).rejects.toThrow(
      /onnx\/encoder_model\.onnx is missing/,
    );
  });
});

// Real generation needs the optional package: from MT_TRANSFORMERS_DIR, or installed in the app.
const transformersDir = loadConfig().MT_TRANSFORMERS_DIR;
const inApp = (() => {
  try {
    createRequire(import.meta.url).resolve('@huggingface/transformers');
    return true;
  } catch {
    return false;
  }
})();
const runtimeAvailable = Boolean(transformersDir) || inApp;

describe('Marian engine with the tiny model', () => {
  it(
    runtimeAvailable
      ? 'loads the model locally and generates translations, a batch at a time'
      : 'validates the model and stops at the missing runtime (install @huggingface/transformers or set MT_TRANSFORMERS_DIR to run generation)',
    { timeout: 120_000 },
    async () => {
      const engine = createMarianEngine({
        models: { 'en-ru': { dir: model } },
        ...(transformersDir ? { transformersDir } : {}),
      });
      const segments = [
        { index: 3, text: 'Hello world!' },
        { index: 4, text: 'Stay strong!' },
        { index: 5, text: 'Hello world' },
      ];
      if (runtimeAvailable) {
        expect(await engine.health()).toMatchObject({ ok: true });
        expect(await engine.translate(segments, 'en', 'ru')).toEqual([
          { index: 3, text: 'Привет мир!', engine: 'marian', score: null },
          { index: 4, text: 'Держитесь!', engine: 'marian', score: null },
          { index: 5, text: 'Привет мир', engine: 'marian', score: null },
        ]);
      } else {
        expect(validateModelDir(model).ok).toBe(true);
        await expect(engine.translate(segments, 'en', 'ru')).rejects.toMatchObject({ code: 'unavailable' });
      }
    },
  );
});
