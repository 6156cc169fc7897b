import { describe, expect, it } from 'vitest';
import { chrfStatistics, corpusChrf, sentenceChrf } from './chrf';

describe('chrF (n=6, β=2)', () => {
  it('is 100 for identical text and 0 for text with no character in common', () => {
    expect(sentenceChrf('Мы думаем о Вас.', 'Мы думаем о Вас.')).toBe(100);
    expect(sentenceChrf('abc', 'xyz')).toBe(0);
    expect(sentenceChrf('', 'abc')).toBe(0);
  });

  it('ignores whitespace, as sacreBLEU does by default', () => {
    expect(sentenceChrf('a b  c', 'abc')).toBe(100);
  });

  it('matches a worked example with precision ≠ recall', () => {
    // hyp "ab", ref "abc".
    // n=1: hyp {a,b}=2, ref {a,b,c}=3, common 2 → P=1,   R=2/3
    // n=2: hyp {ab}=1,  ref {ab,bc}=2,  common 1 → P=1,   R=1/2
    // n≥3: the hypothesis has no n-grams, so these orders do not count.
    // avgP = 1, avgR = (2/3 + 1/2)/2 = 7/12; F2 = 5·P·R / (4P + R) = (35/12)/(55/12) = 7/11.
    expect(chrfStatistics('ab', 'abc')).toEqual({
      hypothesis: [2, 1, 0, 0, 0, 0],
      reference: [3, 2, 1, 0, 0, 0],
      matching: [2, 1, 0, 0, 0, 0],
    });
    expect(sentenceChrf('ab', 'abc')).toBeCloseTo((100 * 7) / 11, 10);
    // Symmetric case "abc" vs "abd": P = R = (2/3 + 1/2 + 0)/3 = 7/18 at every step, so F = 7/18.
    expect(sentenceChrf('abc', 'abd')).toBeCloseTo((100 * 7) / 18, 10);
  });

  it('sums statistics over the corpus before scoring', () => {
    // ("ab","abc") + ("abc","abc"): n1 5/6/5, n2 3/4/3, n3 1/2/1 (hyp/ref/common), n≥4 absent.
    // avgP = 1, avgR = (5/6 + 3/4 + 1/2)/3 = 25/36; F2 = 5·(25/36) / (4 + 25/36) = 125/169.
    expect(corpusChrf(['ab', 'abc'], ['abc', 'abc'])).toBeCloseTo((100 * 125) / 169, 10);
    // An average of the sentence scores would be (63.64 + 100)/2 = 81.8: not what chrF reports.
    expect(corpusChrf(['ab', 'abc'], ['abc', 'abc'])).not.toBeCloseTo(81.82, 1);
  });

  it('reproduces the values sacreBLEU gives in the Hugging Face chrF metric card', () => {
    // huggingface/datasets metrics/chrf/README.md, computed there with sacrebleu's CHRF defaults.
    expect(
      sentenceChrf(
        'The relationship between Obama and Netanyahu is not exactly friendly.',
        'The ties between Obama and Netanyahu are not particularly friendly.',
      ),
    ).toBeCloseTo(61.576379378113785, 9);
    expect(
      corpusChrf(
        [
          'The relationship between cats and dogs is not exactly friendly.',
          'a good bookshop is just a genteel black hole that knows how to read.',
        ],
        [
          'The relationship between dogs and cats is not exactly friendly.',
          'A good bookshop is just a genteel Black Hole that knows how to read.',
        ],
      ),
    ).toBeCloseTo(84.64214891738334, 9);
  });

  it('counts characters outside the Basic Multilingual Plane once', () => {
    expect(chrfStatistics('😀a', '😀a').hypothesis[0]).toBe(2);
  });

  it('refuses corpora of different lengths', () => {
    expect(() => corpusChrf(['a'], [])).toThrow(/as many references/);
  });
});
