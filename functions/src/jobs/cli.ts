// `npm run job:milestones` / `job:notifications` / `job:onboard`: runs a job once against the configured store and
// prints what it did. `milestones` is the daily job followed by delivery; `notifications` delivers the outbox only;
// `onboard <tenant id> <name>` registers a municipality, `offboard <tenant id>` takes it out again; `upgrade` brings
// contracts and templates stored by earlier versions up to the current shape, the demo municipalities' library and demo records up
// to the current demo content, and every municipality's topics and contract types up to the product's current ones.
import { loadConfig } from '../config';
import { closeServices, type Services, setServices } from '../services';
import { startServices } from '../startServices';
import { runMilestoneJob } from './milestoneJob';
import { deliverNotifications } from './notificationDelivery';
import { offboardTenant } from './offboard';
import { onboardTenant } from './onboard';
import { upgradeContracts } from './upgradeContracts';
import { upgradeContractTypes } from './upgradeContractTypes';
import { upgradeDemoData } from './upgradeDemoData';
import { upgradeDueKeys } from './upgradeDueKeys';
import { upgradeTemplates } from './upgradeTemplates';
import { upgradeTopics } from './upgradeTopics';

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

async function onboard(services: Services, [tenantId, ...name]: string[]): Promise<void> {
  const { created } = await onboardTenant(services.store, tenantId ?? '', name.join(' '), services.now());
  console.log(created ? `Onboarded ${name.join(' ')} (${tenantId})` : `${tenantId} was onboarded before: unchanged`);
}

async function offboard(services: Services, [tenantId]: string[]): Promise<void> {
  const { offboarded, name } = await offboardTenant(services.store, tenantId ?? '', services.now());
  console.log(
    offboarded
      ? `Offboarded ${name} (${tenantId}): its users are refused from now on; its data is kept`
      : `${name} (${tenantId}) was offboarded before: unchanged`,
  );
}

async function upgrade(services: Services): Promise<void> {
  const result = await upgradeContracts(services.store, services.now());
  console.log(
    `Upgrade: ${result.upgraded} contracts in ${result.tenants} municipalities given their case and provider; ` +
      `${result.figures} figures and milestone index entries written`,
  );
  if (result.orphaned.length > 0) {
    console.log(`Left as they are, their case or provider is gone: ${result.orphaned.join(', ')}`);
  }
  const due = await upgradeDueKeys(services.store, services.now());
  console.log(
    `Follow-up's due counts: ${due.rewritten} milestones in ${due.tenants} municipalities counted` +
      (due.skipped > 0 ? `; ${due.skipped} changed meanwhile, run again to check them` : ''),
  );
  const templates = await upgradeTemplates(services.store, services.now());
  console.log(`Templates: ${templates.upgraded} stored before versions now count as published version 1`);
  const demo = await upgradeDemoData(services.store, services.now());
  console.log(
    `Demo data in ${demo.tenants} municipalities: ${demo.published} clauses published as a new version, ` +
      `${demo.added} new clauses, ${demo.templates} templates, ${demo.checklists} checklists, ` +
      `${demo.providers} providers and ${demo.contracts} contracts brought up to date`,
  );
  if (demo.kept.length > 0)
    console.log(`Clauses the municipality has changed itself, left as they are: ${demo.kept.join(', ')}`);
  const topics = await upgradeTopics(services.store, services.now());
  console.log(
    `Topics in ${topics.tenants} municipalities: ${topics.added} added, ${topics.updated} given new names or synonyms`,
  );
  if (topics.kept.length > 0)
    console.log(`Topics the municipality has changed itself, left as they are: ${topics.kept.join(', ')}`);
  const types = await upgradeContractTypes(services.store, services.now());
  console.log(`Contract types in ${types.tenants} municipalities: ${types.added} added, ${types.updated} renamed`);
  if (types.kept.length > 0)
    console.log(`Contract types the municipality has renamed itself, left as they are: ${types.kept.join(', ')}`);
}

const JOBS = ['milestones', 'notifications', 'onboard', 'offboard', 'upgrade'];

async function main(job: string | undefined, args: string[]): Promise<void> {
  if (!job || !JOBS.includes(job)) {
    throw new Error(`Unknown job "${job ?? ''}"; known jobs: ${JOBS.join(', ')}`);
  }
  // Onboarding or offboarding a real municipality never seeds the demo municipalities into its store.
  const config = loadConfig();
  const registry = job === 'onboard' || job === 'offboard';
  const services = await startServices(registry ? { ...config, seedDemoData: false } : config);
  setServices(services);
  try {
    if (job === 'onboard') return await onboard(services, args);
    if (job === 'offboard') return await offboard(services, args);
    if (job === 'upgrade') return await upgrade(services);
    if (job === 'milestones') {
      const result = await runMilestoneJob(services.store, services.now());
      console.log(
        `Milestone job: ${result.tenants} municipalities, ${result.markedOverdue} milestones marked overdue, ` +
          `${result.notificationsWritten} notifications written, ${result.notificationsRemoved} removed, ` +
          `${result.contractCosts} contracts' cost of the coming 12 months moved to today`,
      );
    }
    await deliver(services);
  } finally {
    await closeServices();
  }
}

main(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
