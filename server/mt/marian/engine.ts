/**
 * Local neural translation with a Marian / OPUS-MT model in ONNX form, run by transformers.js on
 * this server. The operator provides one model directory per language pair; nothing is
 * downloaded (remote loading is switched off) and the library is imported only when a model is
 * first used.
 */
import path from 'node:path';
import { MtError, type Draft, type EngineHealth, type MtEngine } from '../engine';
import { loadTransformers, type Seq2SeqModel, type Tokenizer } from './runtime';
import { validateModelDir, type ModelDtype } from './validate';

/** One model directory and how to use it. */
export interface MarianModel {
  dir: string;
  /** Token some multilingual OPUS-MT models need before the text, e.g. ">>rus<<". */
  prefix?: string;
}

/** Options for {@link createMarianEngine}. */
export interface MarianOptions {
  /** "from-to" → model, e.g. { "en-ru": { dir: "/srv/models/opus-mt-en-ru" } }. */
  models: Record<string, MarianModel>;
  /** Where @huggingface/transformers is installed, if not in the app. */
  transformersDir?: string;
  dtype?: ModelDtype;
  /** Longest translation of one segment, in tokens (default 256). */
  maxNewTokens?: number;
}

interface Loaded {
  tokenizer: Tokenizer;
  model: Seq2SeqModel;
}

/** A Marian engine over the configured model directories. */
export function createMarianEngine(options: MarianOptions): MtEngine {
  const dtype = options.dtype ?? 'fp32';
  const loaded = new Map<string, Promise<Loaded>>();

  async function load(model: MarianModel): Promise<Loaded> {
    const check = validateModelDir(model.dir, dtype);
    if (!check.ok)
      throw new MtError('marian', 'unavailable', `model ${model.dir}: ${check.problems.join('; ')}`);
    const transformers = await loadTransformers(options.transformersDir);
    // Letters must not leave the server, and the model must not be fetched from the Hub.
    transformers.env.allowRemoteModels = false;
    transformers.env.allowLocalModels = true;
    transformers.env.localModelPath = `${path.dirname(path.resolve(model.dir))}${path.sep}`;
    const id = path.basename(path.resolve(model.dir));
    const local = { local_files_only: true };
    const [tokenizer, seq2seq] = await Promise.all([
      transformers.AutoTokenizer.from_pretrained(id, local),
      transformers.AutoModelForSeq2SeqLM.from_pretrained(id, { ...local, dtype, device: 'cpu' }),
    ]);
    return { tokenizer, model: seq2seq };
  }

  function get(pair: string): Promise<Loaded> {
    const model = options.models[pair];
    if (!model) throw new MtError('marian', 'unsupported_pair', `no local model for ${pair}`);
    let entry = loaded.get(pair);
    if (!entry) {
      entry = load(model);
      loaded.set(pair, entry);
      // Let a fixed directory or a later install work without a restart.
      entry.catch(() => loaded.delete(pair));
    }
    return entry;
  }

  return {
    id: 'marian',
    supports: (from, to) => `${from}-${to}` in options.models,
    translate: async (segments, from, to) => {
      if (segments.length === 0) return [];
      const pair = `${from}-${to}`;
      const { tokenizer, model } = await get(pair);
      const prefix = options.models[pair]?.prefix;
      const texts = segments.map((s) => (prefix ? `${prefix} ${s.text}` : s.text));
      const inputs = tokenizer(texts, { padding: true, truncation: true });
      const output = await model.generate({
        ...inputs,
        max_new_tokens: options.maxNewTokens ?? 256,
        num_beams: 1,
      });
      const decoded = tokenizer.batch_decode(output, { skip_special_tokens: true });
      return segments.map((s, i): Draft => ({
        index: s.index,
        text: (decoded[i] ?? '').trim(),
        engine: 'marian',
        score: null,
      }));
    },
    health: async (): Promise<EngineHealth> => {
      const problems = Object.entries(options.models).flatMap(([pair, model]) =>
        validateModelDir(model.dir, dtype).problems.map((p) => `${pair}: ${p}`),
      );
      if (Object.keys(options.models).length === 0) problems.push('no model directories configured');
      try {
        await loadTransformers(options.transformersDir);
      } catch (error) {
        problems.push((error as Error).message);
      }
      return problems.length > 0
        ? { engine: 'marian', ok: false, detail: problems.join('; ') }
        : {
            engine: 'marian',
            ok: true,
            detail: `models for ${Object.keys(options.models).join(', ')} (${dtype})`,
          };
    },
  };
}
