/**
 * "Take next": claims the oldest free item of a queue and opens the screen it is worked on — the
 * workbench for translations, moderation for letters in review, the letter page for letters to
 * send or on hold, the reply screens for transcribing and checking replies — or says the queue is
 * empty.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { dashboardApi, type Claim } from './api';

/**
 * The screen an item of `queueId` is worked on, or null when it has none of its own. Paths are
 * written out here rather than imported from the screens, which load lazily (replies/paths.ts
 * names the same reply paths; the test keeps them in step).
 */
export function screenPath(item: Pick<Claim, 'kind' | 'id'>, queueId: string): string | null {
  const id = encodeURIComponent(item.id);
  switch (queueId) {
    case 'letters.translate':
      return `/volunteer/workbench/letters/${id}`;
    case 'replies.translate':
      return `/volunteer/workbench/replies/${id}`;
    case 'letters.review':
      return `/volunteer/moderation/letters/${id}`;
    case 'replies.transcribe':
      return `/volunteer/replies/${id}/transcribe`;
    case 'replies.review':
      return `/volunteer/replies/${id}/check`;
    default:
      return item.kind === 'letter' ? `/volunteer/letters/${id}?queue=${encodeURIComponent(queueId)}` : null;
  }
}

/** Where a claimed item opens: its screen, or its queue when it has none. */
export function itemPath(claim: Pick<Claim, 'kind' | 'id'>, queueId: string): string {
  return screenPath(claim, queueId) ?? `/volunteer/queues/${encodeURIComponent(queueId)}`;
}

/** Returns `take(queueId)` and the outcome of the last try. */
export function useTakeNext() {
  const navigate = useNavigate();
  const [state, setState] = useState<{ empty?: string; error?: unknown; busy: boolean }>({ busy: false });
  const take = async (queueId: string): Promise<boolean> => {
    setState({ busy: true });
    try {
      const { claim } = await dashboardApi.takeNext(queueId);
      if (!claim) {
        setState({ busy: false, empty: queueId });
        return false;
      }
      setState({ busy: false });
      void navigate(itemPath(claim, queueId));
      return true;
    } catch (error) {
      setState({ busy: false, error });
      return false;
    }
  };
  return { take, ...state };
}
