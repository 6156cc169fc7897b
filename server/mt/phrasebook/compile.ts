/**
 * Turns the phrasebook files into lookup structures: a map from loose key to variant for plain
 * phrases, anchored patterns for phrases with slots, and a place index.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { looseKey } from '../normalize';
import { placeSchema, topicSchema, type Phrase, type Place, type PhrasebookLanguage } from './schema';

/** A source variant ready for matching. */
export interface CompiledVariant {
  phraseId: string;
  language: PhrasebookLanguage;
  /** The variant as written in the data file (without its form prefix). */
  source: string;
  /** Loose key; slots stay as `{name}`, `{place}`, `{n}`. */
  key: string;
  /** Anchored pattern over loose keys, for variants with slots. */
  pattern?: RegExp;
  slots: string[];
  /** Russian forms, default first. */
  forms: string[];
}

/** The compiled phrasebook. */
export interface CompiledPhrasebook {
  phrases: Phrase[];
  /** language → loose key → variant (variants without slots). */
  exact: Map<PhrasebookLanguage, Map<string, CompiledVariant>>;
  /** language → variants with slots. */
  patterns: Map<PhrasebookLanguage, CompiledVariant[]>;
  /** loose key of a place form → place. */
  places: Map<string, Place>;
}

/** Folder of the reviewed data files. */
export const PHRASEBOOK_DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

const SLOT_PATTERNS: Record<string, string> = {
  name: '(\\p{L}+(?: \\p{L}+)?)',
  place: '(\\p{L}+(?: \\p{L}+){0,2})',
  n: '(\\d{1,3})',
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Russian forms in order for a variant: the prefixed ones first, then the rest. */
function formsFor(phrase: Phrase, prefix: string[] | undefined): string[] {
  if (typeof phrase.ru === 'string') return [phrase.ru];
  const all = Object.keys(phrase.ru);
  const chosen = prefix ?? all;
  for (const name of chosen) {
    if (!(name in phrase.ru)) throw new Error(`phrase ${phrase.id}: unknown form "${name}"`);
  }
  const ordered = prefix ? [...chosen, ...all.filter((n) => !chosen.includes(n))] : all;
  return ordered.map((name) => (phrase.ru as Record<string, string>)[name]!);
}

/** Compiles one phrase's variants in one language. */
export function compileVariant(phrase: Phrase, language: PhrasebookLanguage, raw: string): CompiledVariant {
  const prefixMatch = /^([A-Za-z]+(?:\|[A-Za-z]+)*):\s*/.exec(raw);
  const source = prefixMatch ? raw.slice(prefixMatch[0].length) : raw;
  const key = looseKey(source);
  const slots = [...key.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const variant: CompiledVariant = {
    phraseId: phrase.id,
    language,
    source,
    key,
    slots,
    forms: formsFor(phrase, prefixMatch?.[1]?.split('|')),
  };
  if (slots.length > 0) {
    const body = key
      .split(/(\{\w+\})/)
      .map((part) => {
        const slot = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!slot) return escapeRegExp(part);
        const pattern = SLOT_PATTERNS[slot];
        if (!pattern) throw new Error(`phrase ${phrase.id}: unknown slot {${slot}}`);
        return pattern;
      })
      .join('');
    variant.pattern = new RegExp(`^${body}$`, 'u');
  }
  return variant;
}

/** Validates and compiles topic files and places (the default: the reviewed files in ./data). */
export function compilePhrasebook(dataDir = PHRASEBOOK_DATA_DIR): CompiledPhrasebook {
  const files = fs.readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'places.json');
  const phrases = files.flatMap((file) => {
    const parsed = topicSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    return parsed.data.phrases;
  });
  const book: CompiledPhrasebook = { phrases, exact: new Map(), patterns: new Map(), places: new Map() };
  for (const phrase of phrases) {
    for (const [language, list] of Object.entries(phrase.src) as [PhrasebookLanguage, string[]][]) {
      for (const raw of list) {
        const variant = compileVariant(phrase, language, raw);
        if (variant.pattern) {
          const bucket = book.patterns.get(language) ?? [];
          bucket.push(variant);
          book.patterns.set(language, bucket);
        } else {
          const bucket = book.exact.get(language) ?? new Map<string, CompiledVariant>();
          const existing = bucket.get(variant.key);
          if (existing && existing.phraseId !== phrase.id) {
            throw new Error(`"${raw}" (${language}) is in both ${existing.phraseId} and ${phrase.id}`);
          }
          bucket.set(variant.key, variant);
          book.exact.set(language, bucket);
        }
      }
    }
  }
  const placesFile = path.join(dataDir, 'places.json');
  if (fs.existsSync(placesFile)) {
    const places = z.array(placeSchema).parse(JSON.parse(fs.readFileSync(placesFile, 'utf8')));
    for (const place of places) for (const form of place.forms) book.places.set(looseKey(form), place);
  }
  return book;
}
