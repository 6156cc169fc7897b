/** The reply screens' rules: file choices, zoom, drafts. */
import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../../../../shared/limits';
import {
  chooseFiles,
  fileSize,
  initialTranscription,
  isUncheckedDraft,
  MAX_REPLY_FILES,
  moveItem,
  ocrPending,
  stepZoom,
} from './logic';

const file = (name: string, type: string, size = 1000) => {
  const f = new File([new Uint8Array(1)], name, { type });
  Object.defineProperty(f, 'size', { value: size });
  return f;
};

describe('chooseFiles', () => {
  it('takes scans and PDFs in order and refuses other types', () => {
    const picked = chooseFiles(
      [],
      [file('p1.png', 'image/png'), file('notes.docx', 'application/msword'), file('p2.pdf', '')],
    );
    expect(picked.accepted.map((f) => f.name)).toEqual(['p1.png', 'p2.pdf']);
    expect(picked.refused).toEqual([{ name: 'notes.docx', reason: 'type' }]);
  });

  it('refuses a file over the limit, more files than a reply may have, and a total the request cannot carry', () => {
    expect(chooseFiles([], [file('big.jpg', 'image/jpeg', MAX_UPLOAD_BYTES + 1)]).refused).toEqual([
      { name: 'big.jpg', reason: 'tooLarge' },
    ]);
    const full = Array.from({ length: MAX_REPLY_FILES }, (_, i) => file(`${i}.png`, 'image/png'));
    expect(chooseFiles(full, [file('one-more.png', 'image/png')]).refused[0]!.reason).toBe('tooMany');
    const half = file('a.jpg', 'image/jpeg', MAX_UPLOAD_BYTES / 2 + 10);
    expect(chooseFiles([half], [file('b.jpg', 'image/jpeg', MAX_UPLOAD_BYTES / 2)]).refused[0]!.reason).toBe(
      'total',
    );
  });
});

describe('fileSize', () => {
  it('says kilobytes below a megabyte and megabytes above, in the UI language', () => {
    // Intl writes the units (and may join them with a no-break space).
    expect(fileSize(261 * 1024, 'en')).toMatch(/^261\skB$/);
    expect(fileSize(3.44 * 1024 * 1024, 'en')).toMatch(/^3\.4\sMB$/);
    expect(fileSize(20 * 1024, 'ru')).toMatch(/^20\s[кК]Б$/);
    expect(fileSize(10, 'en')).toMatch(/^1\skB$/);
  });
});

describe('moveItem and stepZoom', () => {
  it('moves a page one place and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('steps through the zoom levels and stops at both ends', () => {
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(1, -1)).toBe(0.75);
    expect(stepZoom(1.1, 1)).toBe(1.25);
    expect(stepZoom(4, 1)).toBe(4);
    expect(stepZoom(0.5, -1)).toBe(0.5);
  });
});

describe('the machine draft', () => {
  const view = {
    files: [{}],
    ocrDraft: { text: 'Здравствуйте, дорогая Мари!' },
    transcription: null,
    history: [{ name: 'receive' }, { name: 'ocr_draft' }],
  };

  it('opens the box with the saved transcription, else the draft, and says when the box is still the draft', () => {
    expect(initialTranscription(view)).toBe('Здравствуйте, дорогая Мари!');
    expect(initialTranscription({ ...view, transcription: 'Здравствуйте, дорогая Мари!!' })).toBe(
      'Здравствуйте, дорогая Мари!!',
    );
    expect(isUncheckedDraft(' Здравствуйте, дорогая Мари!\n', view.ocrDraft.text)).toBe(true);
    expect(isUncheckedDraft('Здравствуйте, дорогая Мария!', view.ocrDraft.text)).toBe(false);
    expect(isUncheckedDraft('anything', null)).toBe(false);
  });

  it('waits for the reading only while scans have no OCR run recorded', () => {
    expect(ocrPending({ ...view, ocrDraft: null, history: [{ name: 'receive' }] })).toBe(true);
    expect(ocrPending({ ...view, ocrDraft: null })).toBe(false);
    expect(ocrPending({ ...view, ocrDraft: null, files: [], history: [] })).toBe(false);
  });
});
