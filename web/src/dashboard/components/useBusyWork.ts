/** Running a work screen's actions one at a time, with their failure kept for an error line. */
import { useState } from 'react';

/**
 * `run(work)`: `busy` while the work runs, `error` cleared when it starts and set when it fails,
 * then `onFailure` (a screen reloads its item: the failure may mean it changed meanwhile).
 */
export function useBusyWork(onFailure?: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (caught) {
      setError(caught);
      onFailure?.();
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
