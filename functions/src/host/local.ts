// `npm start`: opens the store, serves API and front ends on PORT, runs the timers, and shuts down on SIGINT/SIGTERM.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';

import { loadConfig } from '../config';
import { timerHolder } from '../jobs/timerLease';
import { TIMERS } from '../jobs/timers';
import { routes } from '../routes';
import { closeServices, setServices } from '../services';
import { startServices } from '../startServices';
import { exposureWarning, printableHost } from './exposure';
import { createRequestListener } from './server';
import { startTimerLoop } from './timerLoop';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.auth.mode === 'unconfigured') {
    throw new Error(
      `Sign-in is not configured: set ${config.auth.missing.join(', ')} for Entra ID, or AUTH_MODE=local for local mode.`,
    );
  }
  const services = await startServices(config);
  setServices(services);
  const timers = config.runTimers
    ? startTimerLoop(services, TIMERS, {
        holder: timerHolder(),
        log: (message) => console.log(message),
        error: (message, error) => console.error(message, error),
      })
    : undefined;
  const root = path.resolve(__dirname, '../..');
  const listener = createRequestListener(routes, [
    { prefix: '/addin/', dir: path.join(root, 'addin/dist'), page: 'addin', index: 'taskpane.html' },
    { prefix: '/teams/', dir: path.join(root, 'teams-app/dist'), page: 'teams', index: 'index.html' },
  ]);
  const server = config.tls
    ? https.createServer(
        { cert: fs.readFileSync(config.tls.certFile), key: fs.readFileSync(config.tls.keyFile) },
        listener,
      )
    : http.createServer(listener);
  server.keepAliveTimeout = 65_000;
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const base = `${config.tls ? 'https' : 'http'}://${printableHost(config.host)}:${port}`;
    console.log(
      `Køberollen ${services.version} is running (store: ${services.store.kind}, sign-in: ${config.auth.mode})`,
    );
    console.log(`  API:            ${base}/api/health  (OpenAPI: ${base}/api/openapi.json)`);
    console.log(`  Word task pane: ${base}/addin/taskpane.html`);
    console.log(`  Teams tab:      ${base}/teams/`);
    const warning = exposureWarning(config);
    if (warning) console.warn(warning);
  });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received, shutting down`);
    server.close();
    server.closeAllConnections();
    void Promise.resolve(timers?.stop())
      .then(closeServices)
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('Failed to close the store', error);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
