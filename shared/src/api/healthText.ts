// The API status sentence for a health answer, free of schemas so a first screen can show it without the client.
import type { HealthBody } from './health.contract';

/** "Forbundet til Køberollen 0.1.0 (lager: sqlite)". */
export function describeHealth(health: Pick<HealthBody, 'version' | 'store'>): string {
  return `Forbundet til Køberollen ${health.version} (lager: ${health.store})`;
}
