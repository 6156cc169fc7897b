/**
 * The draft of a letter, kept in this browser only (localStorage, one per recipient), so a reload
 * or a closed tab loses nothing. The email address is not kept: the device may be shared.
 */
import { useEffect, useState } from 'react';

/** What a draft holds. */
export interface Draft {
  body: string;
  signature: string;
  language: string;
  allowPublish: boolean;
}

const EMPTY: Draft = { body: '', signature: '', language: '', allowPublish: false };
const keyFor = (prisonerId: string) => `lb.draft.${prisonerId}`;

function read(prisonerId: string): Draft {
  try {
    const raw = localStorage.getItem(keyFor(prisonerId));
    return raw ? { ...EMPTY, ...(JSON.parse(raw) as Partial<Draft>) } : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** The draft for `prisonerId`, saved on every change; `clear()` after sending. */
export function useDraft(prisonerId: string) {
  const [draft, setDraft] = useState<Draft>(() => read(prisonerId));
  useEffect(() => {
    try {
      if (draft.body || draft.signature) localStorage.setItem(keyFor(prisonerId), JSON.stringify(draft));
    } catch {
      // Storage full or disabled: the draft lives as long as the page.
    }
  }, [prisonerId, draft]);
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const clear = () => {
    try {
      localStorage.removeItem(keyFor(prisonerId));
    } catch {
      // Nothing to clear.
    }
    setDraft(EMPTY);
  };
  return { draft, update, clear };
}
