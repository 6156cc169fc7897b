/** "Take next": claims the oldest free item of a queue and opens it (or says the queue is empty). */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { dashboardApi, type Claim } from './api';

/** Where a claimed item is worked. Reply work screens live with the reply workbench. */
export function itemPath(claim: Pick<Claim, 'kind' | 'id'>, queueId: string): string {
  return claim.kind === 'letter'
    ? `/volunteer/letters/${claim.id}?queue=${encodeURIComponent(queueId)}`
    : `/volunteer/queues/${encodeURIComponent(queueId)}`;
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
