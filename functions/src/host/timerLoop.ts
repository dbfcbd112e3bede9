// The local host's scheduler: runs the Functions app's timers on their schedules, each occurrence once per store.
import { nextOccurrence, scheduleOf } from '@koberollen/shared/rules/ncrontab';

import { runDueOccurrence } from '../jobs/timerRun';
import type { JobServices, TimerDeclaration } from '../jobs/timers';

/** The longest delay setTimeout takes (about 24.8 days); a later occurrence is reached in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export interface TimerLoop {
  /** Stops scheduling and waits for a run in progress to end, at most `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export interface TimerLoopOptions {
  holder: string;
  log: (message: string) => void;
  error: (message: string, error: unknown) => void;
}

/**
 * Starts each timer: at once for an occurrence missed while no host ran (or not yet run by any), then at each next
 * occurrence; while another host holds an occurrence, again when its lease ends, in case that host stopped.
 */
export function startTimerLoop(
  services: JobServices,
  timers: readonly TimerDeclaration[],
  options: TimerLoopOptions,
): TimerLoop {
  let stopped = false;
  const pending = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();

  const wakeAt = (timer: TimerDeclaration, at: number) => {
    if (stopped) return;
    const handle = setTimeout(
      () => {
        pending.delete(handle);
        if (at > services.now().getTime()) wakeAt(timer, at);
        else check(timer);
      },
      Math.min(Math.max(at - services.now().getTime(), 0), MAX_DELAY_MS),
    );
    pending.add(handle);
  };

  const check = (timer: TimerDeclaration): void => {
    const run = (async () => {
      let next: number;
      try {
        const outcome = await runDueOccurrence(timer, services, options.holder, options.log);
        const scheduled = nextOccurrence(scheduleOf(timer.schedule), services.now())?.getTime() ?? Infinity;
        const leaseEnd = outcome.ran || !outcome.leaseUntil ? Infinity : Date.parse(outcome.leaseUntil) + 1_000;
        next = Math.min(scheduled, leaseEnd);
      } catch (error) {
        options.error(`${timer.name} failed; it is tried again when its lease ends`, error);
        next = services.now().getTime() + timer.leaseMs;
      }
      if (Number.isFinite(next)) wakeAt(timer, next);
    })();
    running.add(run);
    void run.finally(() => running.delete(run));
  };

  for (const timer of timers) check(timer);
  return {
    async stop(graceMs = 5_000) {
      stopped = true;
      for (const handle of pending) clearTimeout(handle);
      pending.clear();
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...running]),
        new Promise<void>((resolve) => (grace = setTimeout(resolve, graceMs))),
      ]);
      clearTimeout(grace);
    },
  };
}
