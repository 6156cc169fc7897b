/**
 * Which machine engine translates which language pair, from configuration. An engine is built
 * only when a pair names it; a pair that names an engine the configuration cannot serve (DeepL
 * without a key) is a startup error, not a surprise at the first letter.
 */
import { createApertiumEngine } from './apertium/engine';
import type { MtConfig } from './config';
import { createDeepLEngine } from './deepl/engine';
import type { EngineHealth, EngineId, LanguageCode, MtEngine } from './engine';
import { createLibreTranslateEngine } from './libretranslate/engine';
import { createMarianEngine } from './marian/engine';

/** The configured machine engines. */
export interface EngineRegistry {
  /** Machine engines for a pair, in order of preference (empty: memory, phrasebook and people only). */
  enginesFor(from: LanguageCode, to: LanguageCode): MtEngine[];
  /** Every configured machine engine, once. */
  engines(): MtEngine[];
  /** Health of every configured machine engine. */
  health(): Promise<EngineHealth[]>;
}

/** Thrown when the plan names an engine its settings cannot serve. */
export class MtConfigError extends Error {
  override name = 'MtConfigError';
}

type Settings = Pick<
  MtConfig,
  | 'MT_ENGINES'
  | 'MT_APERTIUM_DIR'
  | 'MT_MARIAN_MODELS'
  | 'MT_MARIAN_DTYPE'
  | 'MT_TRANSFORMERS_DIR'
  | 'LIBRETRANSLATE_URL'
  | 'LIBRETRANSLATE_API_KEY'
  | 'DEEPL_API_KEY'
  | 'DEEPL_API_URL'
>;

function build(id: EngineId, config: Settings): MtEngine {
  switch (id) {
    case 'apertium':
      return createApertiumEngine(config.MT_APERTIUM_DIR ? { dataDir: config.MT_APERTIUM_DIR } : {});
    case 'marian':
      return createMarianEngine({
        models: Object.fromEntries(
          Object.entries(config.MT_MARIAN_MODELS).map(([pair, dir]) => [pair, { dir }]),
        ),
        dtype: config.MT_MARIAN_DTYPE,
        ...(config.MT_TRANSFORMERS_DIR ? { transformersDir: config.MT_TRANSFORMERS_DIR } : {}),
      });
    case 'libretranslate':
      if (!config.LIBRETRANSLATE_URL)
        throw new MtConfigError('MT_ENGINES uses libretranslate but LIBRETRANSLATE_URL is not set');
      return createLibreTranslateEngine({
        url: config.LIBRETRANSLATE_URL,
        ...(config.LIBRETRANSLATE_API_KEY ? { apiKey: config.LIBRETRANSLATE_API_KEY } : {}),
      });
    case 'deepl':
      if (!config.DEEPL_API_KEY)
        throw new MtConfigError('MT_ENGINES uses deepl but DEEPL_API_KEY is not set');
      return createDeepLEngine({
        apiKey: config.DEEPL_API_KEY,
        ...(config.DEEPL_API_URL ? { url: config.DEEPL_API_URL } : {}),
      });
    default:
      throw new MtConfigError(`${id} is not a machine engine`);
  }
}

/** Builds the engines the configuration asks for. Throws {@link MtConfigError} for an unusable plan. */
export function createEngineRegistry(config: Settings): EngineRegistry {
  const built = new Map<EngineId, MtEngine>();
  const plan = new Map<string, MtEngine[]>();
  for (const [pair, ids] of Object.entries(config.MT_ENGINES)) {
    plan.set(
      pair,
      ids.map((id) => {
        let engine = built.get(id);
        if (!engine) {
          engine = build(id, config);
          built.set(id, engine);
        }
        if (id === 'marian' && !(pair in config.MT_MARIAN_MODELS)) {
          throw new MtConfigError(
            `MT_ENGINES uses marian for ${pair} but MT_MARIAN_MODELS has no directory for it`,
          );
        }
        return engine;
      }),
    );
  }
  return {
    enginesFor: (from, to) => (plan.get(`${from}-${to}`) ?? []).filter((e) => e.supports(from, to)),
    engines: () => [...built.values()],
    health: () => Promise.all([...built.values()].map((e) => e.health())),
  };
}
