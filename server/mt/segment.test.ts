import { describe, expect, it } from 'vitest';
import { paragraphBlocks, segmentText } from './segment';

const texts = (source: string) => segmentText(source).segments.map((s) => s.text);

describe('segmentText', () => {
  it('splits paragraphs on line breaks and sentences on final punctuation, keeping offsets', () => {
    const letter = 'Dear Azat,\n\nI hope you are well! We think of you. Stay strong?\nWarm wishes, Anna';
    const { paragraphs, segments } = segmentText(letter);
    expect(paragraphs).toHaveLength(3);
    expect(segments.map((s) => s.text)).toEqual([
      'Dear Azat,',
      'I hope you are well!',
      'We think of you.',
      'Stay strong?',
      'Warm wishes, Anna',
    ]);
    for (const s of segments) expect(letter.slice(s.start, s.end)).toBe(s.text);
    expect(paragraphs[1]?.segments).toEqual([1, 2, 3]);
    expect(segments[4]?.paragraph).toBe(2);
  });

  it('does not split after abbreviations, initials, ordinals or number signs', () => {
    expect(texts('Wir haben am 3. Mai z.B. Kuchen gegessen. Dann gingen wir.')).toEqual([
      'Wir haben am 3. Mai z.B. Kuchen gegessen.',
      'Dann gingen wir.',
    ]);
    expect(texts('I read a letter from Mr. Smith to A. Miftakhov. It was long.')).toEqual([
      'I read a letter from Mr. Smith to A. Miftakhov.',
      'It was long.',
    ]);
    expect(texts('He lives in flat No. 5 now. Good.')).toEqual(['He lives in flat No. 5 now.', 'Good.']);
    expect(texts('Мы читали книги, журналы и т.д. Потом гуляли.')).toEqual([
      'Мы читали книги, журналы и т.д. Потом гуляли.',
    ]);
  });

  it('keeps closing quotes with the sentence and splits before opening ones', () => {
    expect(texts('Er sagte: „Halte durch!“ «Oui.» ¿Cómo estás? ¡Muy bien!')).toEqual([
      'Er sagte: „Halte durch!“ «Oui.»',
      '¿Cómo estás?',
      '¡Muy bien!',
    ]);
  });

  it('does not split an ellipsis that continues in lower case', () => {
    expect(texts('I was thinking... maybe spring. Yes… Spring!')).toEqual([
      'I was thinking... maybe spring.',
      'Yes…',
      'Spring!',
    ]);
  });

  it('joins hard-wrapped lines of one sentence into one paragraph, with CRLF too', () => {
    const reply = 'Спасибо за письмо, оно пришло\r\nв понедельник.\r\nУ меня всё хорошо.';
    const blocks = paragraphBlocks(reply);
    expect(blocks).toHaveLength(2);
    expect(reply.slice(blocks[0]?.start, blocks[0]?.end)).toBe(
      'Спасибо за письмо, оно пришло\r\nв понедельник.',
    );
  });

  it('returns nothing for blank text', () => {
    expect(segmentText(' \n\n  ')).toEqual({ paragraphs: [], segments: [] });
  });
});
