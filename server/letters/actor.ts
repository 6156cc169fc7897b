/** Who did something: recorded on every event and audit row. */
import type { TransitionActor } from '../../shared/letter-status';

/** The writer (by id), a volunteer (user id), or the system (job name). */
export interface Actor {
  type: TransitionActor;
  id?: string;
}

/** The system acting through a job or sweep. */
export const systemActor = (jobName: string): Actor => ({ type: 'system', id: jobName });
