/**
 * Writes a tiny Marian-shaped model directory for tests: the files, names, inputs and outputs
 * transformers.js expects of an OPUS-MT export (config.json with model_type "marian", a
 * SentencePiece-style Unigram tokenizer.json, onnx/encoder_model.onnx and
 * onnx/decoder_model_merged.onnx), with hand-set weights that "translate" a few phrases:
 * "Hello world!" → "Привет мир!", "Stay strong!" → "Держитесь!".
 *
 * The encoder embeds tokens one-hot; the decoder scores the next token from the last token
 * (a transition table) plus the bag of source tokens (a source→target table). It has no
 * past-key-value inputs, which transformers.js handles (it feeds only the inputs a graph declares).
 */
import fs from 'node:fs';
import path from 'node:path';
import { FLOAT, INT64, model, node, tensor, valueInfo } from './onnx-proto';

const VOCAB = [
  '</s>',
  '<unk>',
  '<pad>',
  '▁Hello',
  '▁world',
  '▁Stay',
  '▁strong',
  '!',
  '▁Привет',
  '▁мир',
  '▁Держитесь',
];
const V = VOCAB.length;
const id = (token: string) => VOCAB.indexOf(token);
const EOS = id('</s>');
const PAD = id('<pad>');

/** transitions[from][to]: score of the next token given the last one. */
function transitions(): number[][] {
  const t = VOCAB.map(() => VOCAB.map(() => -10));
  const set = (from: string, scores: Record<string, number>) => {
    for (const [to, score] of Object.entries(scores)) t[id(from)]![id(to)] = score;
  };
  set('<pad>', { '▁Привет': 0, '▁мир': -1, '▁Держитесь': 0, '</s>': -20 });
  set('▁Привет', { '▁мир': 0, '!': 0, '</s>': 1, '▁Привет': -20 });
  set('▁мир', { '!': 1, '</s>': 2, '▁мир': -20, '▁Привет': -20 });
  set('▁Держитесь', { '!': 1, '</s>': 2, '▁Держитесь': -20 });
  set('!', { '</s>': 10 });
  for (const token of ['</s>', '<unk>', '▁Hello', '▁world', '▁Stay', '▁strong']) set(token, { '</s>': 10 });
  // Never produce padding or unknown tokens.
  for (const row of t) {
    row[PAD] = -100;
    row[id('<unk>')] = -100;
  }
  return t;
}

/** source[s][t]: score a source token adds to a target token. */
function sourceScores(): number[][] {
  const w = VOCAB.map(() => VOCAB.map(() => 0));
  w[id('▁Hello')]![id('▁Привет')] = 4;
  w[id('▁world')]![id('▁мир')] = 4;
  w[id('▁Stay')]![id('▁Держитесь')] = 4;
  w[id('!')]![id('!')] = 2;
  return w;
}

function encoder(): Uint8Array {
  // One-hot embeddings; padding embeds to zero so it adds nothing to the bag of tokens.
  const embedding = VOCAB.flatMap((_, i) => VOCAB.map((__, j) => (i === j && i !== PAD ? 1 : 0)));
  return model({
    name: 'tiny_marian_encoder',
    nodes: [node('Gather', ['embedding', 'input_ids'], ['last_hidden_state'], { axis: 0 })],
    initializers: [tensor('embedding', FLOAT, [V, V], embedding)],
    inputs: [
      valueInfo('input_ids', INT64, ['batch_size', 'encoder_sequence_length']),
      valueInfo('attention_mask', INT64, ['batch_size', 'encoder_sequence_length']),
    ],
    outputs: [valueInfo('last_hidden_state', FLOAT, ['batch_size', 'encoder_sequence_length', V])],
  });
}

function decoder(): Uint8Array {
  return model({
    name: 'tiny_marian_decoder',
    nodes: [
      node('ReduceSum', ['encoder_hidden_states', 'axes'], ['bag'], { keepdims: 1 }),
      node('MatMul', ['bag', 'source_scores'], ['from_source']),
      node('Gather', ['transitions', 'input_ids'], ['from_last'], { axis: 0 }),
      node('Add', ['from_last', 'from_source'], ['logits']),
    ],
    initializers: [
      tensor('axes', INT64, [1], [1]),
      tensor('source_scores', FLOAT, [V, V], sourceScores().flat()),
      tensor('transitions', FLOAT, [V, V], transitions().flat()),
    ],
    inputs: [
      valueInfo('input_ids', INT64, ['batch_size', 'decoder_sequence_length']),
      valueInfo('encoder_attention_mask', INT64, ['batch_size', 'encoder_sequence_length']),
      valueInfo('encoder_hidden_states', FLOAT, ['batch_size', 'encoder_sequence_length', V]),
    ],
    outputs: [valueInfo('logits', FLOAT, ['batch_size', 'decoder_sequence_length', V])],
  });
}

function tokenizerJson(): unknown {
  const special = ['</s>', '<unk>', '<pad>'];
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: special.map((content) => ({
      id: id(content),
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: null,
    pre_tokenizer: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '</s>', type_id: 0 } }],
      pair: [
        { Sequence: { id: 'A', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 0 } },
        { SpecialToken: { id: '</s>', type_id: 0 } },
      ],
      special_tokens: { '</s>': { id: '</s>', ids: [EOS], tokens: ['</s>'] } },
    },
    decoder: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
    model: { type: 'Unigram', unk_id: id('<unk>'), vocab: VOCAB.map((token, i) => [token, i < 3 ? 0 : -1]) },
  };
}

/** Writes the tiny model into `dir` (created if needed) and returns `dir`. */
export function writeTinyMarianModel(dir: string): string {
  fs.mkdirSync(path.join(dir, 'onnx'), { recursive: true });
  const json = (name: string, value: unknown) =>
    fs.writeFileSync(path.join(dir, name), JSON.stringify(value, null, 2));
  json('config.json', {
    model_type: 'marian',
    architectures: ['MarianMTModel'],
    is_encoder_decoder: true,
    vocab_size: V,
    d_model: V,
    encoder_layers: 1,
    decoder_layers: 1,
    encoder_attention_heads: 1,
    decoder_attention_heads: 1,
    decoder_start_token_id: PAD,
    pad_token_id: PAD,
    eos_token_id: EOS,
    forced_eos_token_id: EOS,
    max_length: 16,
  });
  json('generation_config.json', {
    decoder_start_token_id: PAD,
    eos_token_id: EOS,
    pad_token_id: PAD,
    forced_eos_token_id: EOS,
    max_length: 16,
    num_beams: 1,
    bad_words_ids: [[PAD]],
  });
  json('tokenizer.json', tokenizerJson());
  json('tokenizer_config.json', {
    tokenizer_class: 'MarianTokenizer',
    model_max_length: 512,
    eos_token: '</s>',
    unk_token: '<unk>',
    pad_token: '<pad>',
  });
  fs.writeFileSync(path.join(dir, 'onnx', 'encoder_model.onnx'), encoder());
  fs.writeFileSync(path.join(dir, 'onnx', 'decoder_model_merged.onnx'), decoder());
  return dir;
}
