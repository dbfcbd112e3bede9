// `npm run job:milestones`: runs the daily milestone job once against the configured store and prints what it did.
import { loadConfig } from '../config';
import { closeServices, setServices } from '../services';
import { startServices } from '../startServices';
import { runMilestoneJob } from './milestoneJob';

async function main(job: string | undefined): Promise<void> {
  if (job !== 'milestones') throw new Error(`Unknown job "${job ?? ''}"; known jobs: milestones`);
  const services = await startServices(loadConfig());
  setServices(services);
  try {
    const result = await runMilestoneJob(services.store, services.now());
    console.log(
      `Milestone job: ${result.tenants} municipalities, ${result.markedOverdue} milestones marked overdue, ` +
        `${result.notificationsWritten} notifications written, ${result.notificationsRemoved} removed`,
    );
  } finally {
    await closeServices();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
