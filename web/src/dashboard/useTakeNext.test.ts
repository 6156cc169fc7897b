/** "Take next" opens the screen each kind of work is done on. */
import { describe, expect, it } from 'vitest';
import { checkPath, transcribePath } from './replies/paths';
import { itemPath, screenPath } from './useTakeNext';

const id = '0b9f2c1e-0000-4000-8000-000000000001';

describe('where a taken item opens', () => {
  it('opens translations in the workbench and reviews in moderation', () => {
    expect(itemPath({ kind: 'letter', id }, 'letters.translate')).toBe(`/volunteer/workbench/letters/${id}`);
    expect(itemPath({ kind: 'reply', id }, 'replies.translate')).toBe(`/volunteer/workbench/replies/${id}`);
    expect(itemPath({ kind: 'letter', id }, 'letters.review')).toBe(`/volunteer/moderation/letters/${id}`);
  });

  it('opens replies to transcribe and to check on their own screens', () => {
    expect(itemPath({ kind: 'reply', id }, 'replies.transcribe')).toBe(`/volunteer/replies/${id}/transcribe`);
    expect(itemPath({ kind: 'reply', id }, 'replies.review')).toBe(`/volunteer/replies/${id}/check`);
    expect(screenPath({ kind: 'reply', id }, 'replies.transcribe')).toBe(transcribePath(id));
    expect(screenPath({ kind: 'reply', id }, 'replies.review')).toBe(checkPath(id));
  });

  it('opens letters to send or on hold on the letter page', () => {
    expect(itemPath({ kind: 'letter', id }, 'letters.dispatch')).toBe(
      `/volunteer/letters/${id}?queue=letters.dispatch`,
    );
    expect(itemPath({ kind: 'letter', id }, 'letters.hold')).toBe(
      `/volunteer/letters/${id}?queue=letters.hold`,
    );
    // An unknown queue has no screen of its own: the item opens in its queue.
    expect(screenPath({ kind: 'reply', id }, 'replies.other')).toBeNull();
    expect(itemPath({ kind: 'reply', id }, 'replies.other')).toBe('/volunteer/queues/replies.other');
  });
});
