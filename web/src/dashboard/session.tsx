/** The signed-in volunteer, shared by every dashboard screen. */
import { createContext, useContext } from 'react';
import type { Me } from './api';

/** What the shell provides: the volunteer and a way to refresh them. */
export interface Session {
  me: Me;
  refresh: () => void;
}

/** React context for the session; only rendered inside the signed-in shell. */
export const SessionContext = createContext<Session | undefined>(undefined);

/** The current session (inside the shell). */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the dashboard shell');
  return session;
}

/** True when the volunteer holds `permission`. */
export function useCan(): (permission: string) => boolean {
  const { me } = useSession();
  return (permission) => me.permissions.includes(permission);
}
