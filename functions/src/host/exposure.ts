// Whether the local host is reachable from other machines, and the warning it prints when local sign-in is.
import net from 'node:net';

import type { Config } from '../config';

/** True for names and addresses only this machine reaches: localhost, 127.0.0.0/8 and ::1. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  if (net.isIPv4(bare)) return bare.startsWith('127.');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  return mapped !== null && mapped[1]!.startsWith('127.');
}

/**
 * The warning to print at start when local mode listens beyond loopback: anyone who reaches the port can then take
 * a demo token with any role from /api/dev/token. Undefined when there is nothing to warn about.
 */
export function exposureWarning(config: Pick<Config, 'host' | 'auth'>): string | undefined {
  if (config.auth.mode !== 'local' || isLoopback(config.host)) return undefined;
  return (
    `WARNING: local sign-in (AUTH_MODE=local) is listening on ${config.host}, beyond this machine. Anyone who can ` +
    'reach this port can sign in with any role through /api/dev/token. Use HOST=127.0.0.1, or Entra ID sign-in.'
  );
}

/** The address to print for the pages: localhost for loopback and the wildcard addresses, the host otherwise. */
export function printableHost(host: string): string {
  if (isLoopback(host) || host === '0.0.0.0' || host === '::' || host === '[::]') return 'localhost';
  return net.isIPv6(host) ? `[${host}]` : host;
}
