/**
 * The way back from one record to the list it was opened from, search included: list links carry
 * the list's address in their navigation state; the record's "back" link reads it.
 */
import { useLocation } from 'react-router';

/** The state a list link passes: `{ back: '/volunteer/directory/…?q=…' }`. */
export function useBackState(): { back: string } {
  const location = useLocation();
  return { back: `${location.pathname}${location.search}` };
}

/** Where "back" goes: the list as it was, else `fallback`. */
export function useBackTo(fallback: string): string {
  const state: unknown = useLocation().state;
  const back = (state as { back?: unknown } | null)?.back;
  // Only addresses of this screen family, never one a crafted state could point elsewhere.
  return typeof back === 'string' && back.startsWith(fallback) ? back : fallback;
}
