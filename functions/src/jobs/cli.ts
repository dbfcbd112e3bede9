// `npm run job:milestones` / `job:notifications`: runs a scheduled job once against the configured store and prints
// what it did. `milestones` is the daily job followed by delivery; `notifications` delivers the outbox only.
import { loadConfig } from '../config';
import { closeServices, createServices, type Services, setServices } from '../services';
import { runMilestoneJob } from './milestoneJob';
import { deliverNotifications } from './notificationDelivery';

async function deliver(services: Services): Promise<void> {
  if (!services.graph) {
    console.log('Teams delivery is off (no Microsoft Graph settings or local mode): notifications stay pending');
    return;
  }
  const result = await deliverNotifications(services.store, services.graph, services.now);
  console.log(
    `Notification delivery: ${result.sent} sent, ${result.retrying} to retry, ${result.failed} failed, ` +
      `${result.interrupted} interrupted earlier and not resent`,
  );
}

async function main(job: string | undefined): Promise<void> {
  if (job !== 'milestones' && job !== 'notifications') {
    throw new Error(`Unknown job "${job ?? ''}"; known jobs: milestones, notifications`);
  }
  const services = await createServices(loadConfig());
  setServices(services);
  try {
    if (job === 'milestones') {
      const result = await runMilestoneJob(services.store, services.now());
      console.log(
        `Milestone job: ${result.tenants} municipalities, ${result.markedOverdue} milestones marked overdue, ` +
          `${result.notificationsWritten} notifications written, ${result.notificationsRemoved} removed`,
      );
    }
    await deliver(services);
  } finally {
    await closeServices();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
