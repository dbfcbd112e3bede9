// Azure Functions entry point: the only place that registers functions with the runtime.
import { app } from '@azure/functions';

import { functionsRoute } from '@koberollen/shared/api/route';

import { loadConfig } from './config';
import { toHttpHandler } from './http/pipeline';
import { timerHolder } from './jobs/timerLease';
import { runDueOccurrence } from './jobs/timerRun';
import { TIMERS } from './jobs/timers';
import { deployedRoutes } from './routes';
import { getServices, openServicesWith } from './services';
import { startServices } from './startServices';

app.setup({ enableHttpStream: false });
openServicesWith(() => startServices(loadConfig()));

const { auth } = loadConfig();
if (auth.mode === 'unconfigured') {
  console.error(`Sign-in is not configured: set ${auth.missing.join(', ')}. Every route answers 503 until then.`);
}

for (const declaration of deployedRoutes) {
  app.http(declaration.name, {
    methods: [declaration.route.method],
    route: functionsRoute(declaration.route.path),
    authLevel: 'anonymous',
    handler: toHttpHandler(declaration),
  });
}

// The same timers the local host runs (jobs/timers.ts), each occurrence once per store (jobs/timerRun.ts).
const holder = timerHolder();
for (const timer of TIMERS) {
  app.timer(timer.name, {
    schedule: timer.schedule,
    handler: async (_timer, context) => {
      const outcome = await runDueOccurrence(timer, await getServices(), holder, (message) => context.log(message));
      if (!outcome.ran) context.log(`${timer.name}: not run here (${outcome.reason})`);
    },
  });
}
