/**
 * Calls `run(value, signal)` once `value` has been still for `delayMs`; a newer value aborts the
 * older call. Returns the latest result (or undefined while there is none).
 */
import { useEffect, useState } from 'react';

/** Debounced async derivation of `value`. */
export function useDebounced<V, R>(
  value: V,
  delayMs: number,
  run: (value: V, signal: AbortSignal) => Promise<R | undefined>,
) {
  const [result, setResult] = useState<R | undefined>();
  const key = JSON.stringify(value);
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      run(value, controller.signal).then(
        (r) => !controller.signal.aborted && setResult(r),
        () => undefined,
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, delayMs]);
  return result;
}
