// The process-wide services handlers receive: configuration, store, sign-in and the clock.
import packageJson from '../../package.json';
import { type Auth, createAuth } from './auth';
import type { TenantCheck } from './auth/jwtAuthenticator';
import { rememberOnboarded } from './auth/tenantRegistry';
import { type Config, loadConfig } from './config';
import { createGraph, type GraphAccess } from './graph';
import { openStore } from './store';
import { type Repository, SYSTEM_PARTITION } from './store/types';

export interface Services extends Auth {
  config: Readonly<Config>;
  store: Repository;
  now: () => Date;
  version: string;
  /** Microsoft Graph, when this deployment is connected to Microsoft 365 (entra mode with Graph settings). */
  graph?: GraphAccess;
}

/** Whether a municipality is in the tenant registry, remembered until the registry changes or for a minute. */
export function registryCheck(store: Repository, now: () => number = Date.now): TenantCheck {
  const revision = store.revision && (() => store.revision!(SYSTEM_PARTITION, ['tenant']));
  const read = async (tenantId: string) => (await store.get(SYSTEM_PARTITION, 'tenant', tenantId)) !== undefined;
  return rememberOnboarded(read, now, revision);
}

/** Opens the store and prepares sign-in (startServices also seeds the demo data where configured). */
export async function createServices(config: Readonly<Config>, now: () => Date = () => new Date()): Promise<Services> {
  const store = await openStore(config.store);
  const auth = await createAuth(config.auth, registryCheck(store));
  const graph =
    config.graph.mode === 'on'
      ? {
          api: createGraph(config.graph),
          teamsAppId: config.graph.teamsAppId,
          publicBaseUrl: config.graph.publicBaseUrl,
        }
      : undefined;
  return { ...auth, config, store, now, version: packageJson.version, graph };
}

let current: Promise<Services> | undefined;
let open: () => Promise<Services> = () => createServices(loadConfig());

/** How this process creates its services on first use (the Functions entry also seeds where configured). */
export function openServicesWith(opener: () => Promise<Services>): void {
  open = opener;
}

/** The services of this process, created on first use. */
export function getServices(): Promise<Services> {
  current ??= open();
  return current;
}

/** Uses the given services for this process (the local host and tests create them explicitly). */
export function setServices(services: Services): void {
  current = Promise.resolve(services);
}

export async function closeServices(): Promise<void> {
  const services = current;
  current = undefined;
  if (services) await (await services).store.close();
}
