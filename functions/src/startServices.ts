// Starts a process's services: opens them and, where configured, seeds the demo data into an empty store.
import type { Config } from './config';
import { seedIfEmpty } from './seed';
import { createServices, type Services } from './services';

/** The services of a host, a job or the Functions app, with the demo municipalities seeded when SEED_DEMO_DATA says so. */
export async function startServices(config: Readonly<Config>, now: () => Date = () => new Date()): Promise<Services> {
  const services = await createServices(config, now);
  if (config.seedDemoData) await seedIfEmpty(services.store, now());
  return services;
}
