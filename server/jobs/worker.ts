/**
 * The job worker: polls the queue (and wakes early on in-process enqueues), runs handlers with
 * bounded concurrency, retries with backoff, and enqueues recurring jobs on their timers.
 * Several workers (processes) may run against one PostgreSQL database.
 */
import { randomUUID } from 'node:crypto';
import type { JobContext, JobDefinition, RecurringJob } from './definition';
import { claimJobs, completeJob, enqueueJob, failJob, jobSignals, type ClaimedJob } from './queue';

/** Worker settings. */
export interface WorkerOptions {
  context: JobContext;
  definitions: readonly JobDefinition[];
  recurring?: readonly RecurringJob[];
  concurrency: number;
  pollMs: number;
  /** How long a claimed job is leased before another worker may take it. */
  leaseMs?: number;
}

/** A running worker. */
export interface Worker {
  id: string;
  /** Runs one polling round now; resolves when the claimed jobs have finished (tests use this). */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts a worker loop (pass `autostart: false` to drive it by hand with `drain`). */
export function startWorker(options: WorkerOptions, autostart = true): Worker {
  const id = `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
  const byName = new Map(options.definitions.map((d) => [d.name, d]));
  const names = [...byName.keys()];
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const { db, log } = options.context;
  const running = new Set<Promise<void>>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const recurringTimers: NodeJS.Timeout[] = [];

  async function runJob(job: ClaimedJob): Promise<void> {
    const definition = byName.get(job.name);
    try {
      if (!definition) throw new Error(`No handler for job ${job.name}`);
      const payload: unknown = definition.schema.parse(job.payload);
      await definition.handle(payload, options.context);
      await completeJob(db, job, id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.warn({ jobId: job.id, job: job.name, attempt: job.attempts, err: error }, 'job failed');
      await failJob(db, job, id, message).catch((e: unknown) =>
        log.error({ err: e }, 'could not record job failure'),
      );
    }
  }

  async function round(): Promise<number> {
    const free = options.concurrency - running.size;
    if (free <= 0 || stopped) return 0;
    const jobs = await claimJobs(db, id, names, free, leaseMs);
    const batch = jobs.map((job) => {
      const promise = runJob(job).finally(() => running.delete(promise));
      running.add(promise);
      return promise;
    });
    await Promise.all(batch);
    return jobs.length;
  }

  function schedule(delay: number): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      round()
        .then((count) => schedule(count > 0 ? 0 : options.pollMs))
        .catch((error: unknown) => {
          log.error({ err: error }, 'worker poll failed');
          schedule(options.pollMs * 5);
        });
    }, delay);
  }

  const wake = () => {
    if (running.size < options.concurrency) schedule(10);
  };

  if (autostart) {
    jobSignals.on('enqueued', wake);
    schedule(0);
    for (const job of options.recurring ?? []) {
      const enqueue = () =>
        enqueueJob(db, job.name, {}, { singletonKey: `recurring:${job.name}`, maxAttempts: 1 }).catch(
          (error: unknown) => log.error({ err: error, job: job.name }, 'could not enqueue recurring job'),
        );
      void enqueue();
      recurringTimers.push(setInterval(() => void enqueue(), job.everyMs));
    }
  }

  return {
    id,
    async drain() {
      let total = 0;
      for (;;) {
        const count = await round();
        total += count;
        if (count === 0) return total;
      }
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      recurringTimers.forEach(clearInterval);
      jobSignals.off('enqueued', wake);
      await Promise.allSettled([...running]);
    },
  };
}
