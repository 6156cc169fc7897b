/**
 * The one interface every translation engine implements: translation memory, phrasebook,
 * Apertium, a local Marian model, LibreTranslate, DeepL. Engine output is always a draft that a
 * person reviews; nothing here sends a translation anywhere.
 */

import type { Draft as WireDraft } from '../../shared/api/workbench';
import type { GlossaryEntry } from './glossary';

/** ISO 639-1 code: en, de, fr, es, it, pl, uk, be, ru. */
export type LanguageCode = string;

/** Every engine's stable id; it is stored with translations (`translations.engine`). */
export const ENGINE_IDS = ['memory', 'phrasebook', 'apertium', 'marian', 'libretranslate', 'deepl'] as const;

/** One of {@link ENGINE_IDS}. */
export type EngineId = (typeof ENGINE_IDS)[number];

/** A piece of text to translate, usually one sentence; `index` ties the draft back to it. */
export interface SegmentInput {
  index: number;
  text: string;
}

/** A proposed translation of one segment (the wire shape, shared/api/workbench.ts), by one of our engines. */
export type Draft = WireDraft<EngineId>;

/** Per-letter context some engines use. */
export interface TranslateOptions {
  /** The prisoner's name in its Latin spellings → Cyrillic, for filling `{name}` slots. */
  glossary?: readonly GlossaryEntry[];
}

/** Whether an engine can be used right now, and why not. */
export interface EngineHealth {
  engine: EngineId;
  ok: boolean;
  /** A sentence for the operator: what works, or exactly what is missing. */
  detail: string;
}

/** A translation engine. */
export interface MtEngine {
  readonly id: EngineId;
  /** True when the engine can translate `from` → `to` (it may still be unhealthy). */
  supports(from: LanguageCode, to: LanguageCode): boolean;
  /**
   * Drafts for the segments it can translate. Machine engines return one draft per segment;
   * memory and phrasebook return drafts only for the segments they match.
   */
  translate(
    segments: readonly SegmentInput[],
    from: LanguageCode,
    to: LanguageCode,
    options?: TranslateOptions,
  ): Promise<Draft[]>;
  /** Checks binaries, models, keys or the remote service without translating a letter. */
  health(): Promise<EngineHealth>;
}

/** Stable reasons an engine fails, so callers can tell a bad key from a full quota. */
export type MtErrorCode =
  | 'unsupported_pair'
  | 'unavailable'
  | 'bad_key'
  | 'quota_exceeded'
  | 'rate_limited'
  | 'bad_response'
  | 'failed';

/** An engine failure with a stable code. */
export class MtError extends Error {
  override name = 'MtError';
  constructor(
    readonly engine: EngineId,
    readonly code: MtErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
