/**
 * Machine-translation settings, validated with the rest of the configuration (server/config.ts
 * spreads {@link mtEnvSchema} into its schema). Memory and phrasebook are always on; every other
 * engine is chosen per language pair, and the remote ones need the operator's URL or key.
 */
import { z } from 'zod';
import { ENGINE_IDS, type EngineId } from './engine';
import { DTYPE_SUFFIX, type ModelDtype } from './marian/validate';

const MACHINE_ENGINES = ENGINE_IDS.filter((id) => id !== 'memory' && id !== 'phrasebook');
const PAIR = /^[a-z]{2,3}-[a-z]{2,3}$/;

/**
 * `uk-ru:apertium,en-ru:marian|deepl` → `{ "uk-ru": ["apertium"], "en-ru": ["marian", "deepl"] }`:
 * for each pair, machine engines in order of preference (the next is used when one fails).
 */
export const enginePlanSchema = z.string().transform((value, ctx) => {
  const plan: Record<string, EngineId[]> = {};
  for (const item of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [pair, engines] = item.split(':');
    const ids = (engines ?? '').split('|').map((s) => s.trim());
    const unknown = ids.filter((id) => !(MACHINE_ENGINES as readonly string[]).includes(id));
    if (!pair || !PAIR.test(pair) || unknown.length > 0 || ids.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: `"${item}" is not PAIR:ENGINE[|ENGINE] with engines ${MACHINE_ENGINES.join(', ')}`,
      });
      return z.NEVER;
    }
    plan[pair] = ids as EngineId[];
  }
  return plan;
});

/** `en-ru=/srv/models/opus-mt-en-ru,de-ru=/srv/models/opus-mt-de-ru` → pair → directory. */
export const modelMapSchema = z.string().transform((value, ctx) => {
  const models: Record<string, string> = {};
  for (const item of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const at = item.indexOf('=');
    const pair = item.slice(0, at);
    if (at < 0 || !PAIR.test(pair) || item.slice(at + 1) === '') {
      ctx.addIssue({ code: 'custom', message: `"${item}" is not PAIR=DIRECTORY` });
      return z.NEVER;
    }
    models[pair] = item.slice(at + 1);
  }
  return models;
});

/** The environment variables of machine translation. */
export const mtEnvSchema = z.object({
  /** Machine engines per language pair (memory and phrasebook always run). Default: Apertium for uk→ru, be→ru. */
  MT_ENGINES: enginePlanSchema.default({ 'uk-ru': ['apertium'], 'be-ru': ['apertium'] }),
  /** Folder with Apertium `modes/` (default: the fixed modes shipped in server/mt/apertium). */
  MT_APERTIUM_DIR: z.string().optional(),
  /** Local Marian/OPUS-MT ONNX model directory per pair, for the `marian` engine. */
  MT_MARIAN_MODELS: modelMapSchema.default({}),
  /** Weights the Marian engine loads: fp32 (default), q8 (`*_quantized.onnx`), fp16, … */
  MT_MARIAN_DTYPE: z.enum(Object.keys(DTYPE_SUFFIX) as [ModelDtype, ...ModelDtype[]]).default('fp32'),
  /** Where @huggingface/transformers is installed, when not in the app's node_modules. */
  MT_TRANSFORMERS_DIR: z.string().optional(),
  /** A LibreTranslate instance, for the `libretranslate` engine. Letters are sent to it. */
  LIBRETRANSLATE_URL: z.url().optional(),
  LIBRETRANSLATE_API_KEY: z.string().optional(),
  /** DeepL API key, for the `deepl` engine. Letters are sent to DeepL. */
  DEEPL_API_KEY: z.string().optional(),
  /** DeepL API base URL (default from the key: api-free.deepl.com for ":fx" keys, else api.deepl.com). */
  DEEPL_API_URL: z.url().optional(),
});

/** Validated machine-translation settings. */
export type MtConfig = z.infer<typeof mtEnvSchema>;
