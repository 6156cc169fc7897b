/** "Take next" opens the screen each kind of work is done on. */
import { describe, expect, it } from 'vitest';
import { itemPath, screenPath } from './useTakeNext';

const id = '0b9f2c1e-0000-4000-8000-000000000001';

describe('where a taken item opens', () => {
  it('opens translations in the workbench and reviews in moderation', () => {
    expect(itemPath({ kind: 'letter', id }, 'letters.translate')).toBe(`/volunteer/workbench/letters/${id}`);
    expect(itemPath({ kind: 'reply', id }, 'replies.translate')).toBe(`/volunteer/workbench/replies/${id}`);
    expect(itemPath({ kind: 'letter', id }, 'letters.review')).toBe(`/volunteer/moderation/letters/${id}`);
  });

  it('opens letters to send or on hold on the letter page, and replies without a screen in their queue', () => {
    expect(itemPath({ kind: 'letter', id }, 'letters.dispatch')).toBe(
      `/volunteer/letters/${id}?queue=letters.dispatch`,
    );
    expect(itemPath({ kind: 'letter', id }, 'letters.hold')).toBe(
      `/volunteer/letters/${id}?queue=letters.hold`,
    );
    expect(screenPath({ kind: 'reply', id }, 'replies.transcribe')).toBeNull();
    expect(itemPath({ kind: 'reply', id }, 'replies.review')).toBe('/volunteer/queues/replies.review');
  });
});
