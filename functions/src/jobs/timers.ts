// The scheduled jobs, declared once: their names, NCRONTAB schedules (UTC) and work, for the Functions app and the
// local host alike.
import type { Services } from '../services';
import { refreshQueuedFigures } from './figuresQueue';
import { runMilestoneJob } from './milestoneJob';
import { deliverNotifications } from './notificationDelivery';

/** What a scheduled job works with. */
export type JobServices = Pick<Services, 'store' | 'graph' | 'now'>;

export interface TimerDeclaration {
  /** The function's name in Azure and the id of its lease document. */
  name: string;
  /** Six-field NCRONTAB, as `app.timer` reads it (UTC unless the Functions app sets WEBSITE_TIME_ZONE). */
  schedule: string;
  /** How long a host holds an occurrence before another may take it over: longer than a run takes. */
  leaseMs: number;
  run(services: JobServices, log: (message: string) => void): Promise<void>;
}

/** The daily job: overdue milestones and their notifications, the figures a day changes, then delivery. */
export const MILESTONES_DAILY: TimerDeclaration = {
  name: 'milestones-daily',
  // 05:00 UTC every day, before the working day in Denmark.
  schedule: '0 0 5 * * *',
  leaseMs: 60 * 60_000,
  async run(services, log) {
    const result = await runMilestoneJob(services.store, services.now());
    log(`Milestone job done: ${JSON.stringify(result)}`);
    const delivered = await deliverNotifications(services.store, services.graph, services.now);
    log(`Notification delivery done: ${JSON.stringify(delivered)}`);
  },
};

/** The reminder outbox: retries of notifications left pending after a failure that did not send them. */
export const NOTIFICATIONS_OUTBOX: TimerDeclaration = {
  name: 'notifications-outbox',
  // Every 10 minutes.
  schedule: '0 */10 * * * *',
  leaseMs: 9 * 60_000,
  async run(services, log) {
    const delivered = await deliverNotifications(services.store, services.graph, services.now);
    if (delivered.sent + delivered.retrying + delivered.failed + delivered.interrupted > 0) {
      log(`Notification delivery done: ${JSON.stringify(delivered)}`);
    }
  },
};

/** The figures a settings change moved (KL's regulation rates, the municipality's name), derived soon after it. */
export const FIGURES_REFRESH: TimerDeclaration = {
  name: 'figures-refresh',
  // Every 2 minutes; a run at 20,000 contracts takes minutes, and another host waits for its lease meanwhile.
  schedule: '0 */2 * * * *',
  leaseMs: 30 * 60_000,
  async run(services, log) {
    const derived = await refreshQueuedFigures(services.store, services.now());
    if (derived > 0) log(`Figures refresh done: ${derived} municipalities`);
  },
};

export const TIMERS: readonly TimerDeclaration[] = [MILESTONES_DAILY, NOTIFICATIONS_OUTBOX, FIGURES_REFRESH];
