import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTinyMarianModel } from '../../server/mt/marian/tiny-model';
import { register, runMtCheck } from './mt-check';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-mt-check-'));
const model = writeTinyMarianModel(path.join(root, 'en-ru'));
const noRuntime = fs.mkdtempSync(path.join(root, 'no-runtime-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('letterbridge mt check', () => {
  it('lists the files of a complete model and what is missing around it', async () => {
    const lines: string[] = [];
    const ok = await runMtCheck(model, { dtype: 'fp32', transformersDir: noRuntime }, (l) => lines.push(l));
    expect(ok).toBe(false);
    expect(lines[0]).toBe(`Model directory ${model} (fp32): complete`);
    expect(lines).toContain('  ok       onnx/decoder_model_merged.onnx');
    expect(lines.at(-1)).toMatch(/^ {2}MISSING {2}The local model engine needs @huggingface\/transformers/);
  });

  it('names each missing piece of a broken directory', async () => {
    const broken = path.join(root, 'broken');
    fs.cpSync(model, broken, { recursive: true });
    fs.rmSync(path.join(broken, 'tokenizer_config.json'));
    fs.rmSync(path.join(broken, 'onnx', 'encoder_model.onnx'));
    const lines: string[] = [];
    await runMtCheck(broken, { dtype: 'fp32', transformersDir: noRuntime }, (l) => lines.push(l));
    expect(lines.filter((l) => l.startsWith('  MISSING')).slice(0, 2)).toEqual([
      '  MISSING  tokenizer_config.json is missing',
      '  MISSING  onnx/encoder_model.onnx is missing',
    ]);
  });

  it('is registered as `mt check <dir>` and rejects an unknown dtype', async () => {
    const program = new Command().exitOverride();
    register(program);
    const mt = program.commands.find((c) => c.name() === 'mt');
    expect(mt?.commands.map((c) => c.name())).toEqual(['check']);
    await expect(
      program.parseAsync(['node', 'letterbridge', 'mt', 'check', model, '--dtype', 'fp64']),
    ).rejects.toThrow();
  });
});
