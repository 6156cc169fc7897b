/**
 * The Hono environment shared by every route: the runtime's services under `deps`, and whatever
 * authentication found (a volunteer session or a writer session).
 */
import type { Runtime } from '../runtime';

/** Services routes may use (the runtime minus its lifecycle). */
export type AppDeps = Omit<Runtime, 'close'>;

/** A signed-in volunteer. */
export interface SessionUser {
  id: string;
  roles: string[];
  languagePairs: string[];
  /** Hash of the session token, to end this session. */
  sessionHash: string;
}

/** Hono's env type for Letterbridge. */
export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    user?: SessionUser;
    /** The writer whose magic-link session made the request. */
    writerId?: string;
  };
}
