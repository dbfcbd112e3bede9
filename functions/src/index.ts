// Azure Functions entry point: the only place that registers functions with the runtime.
import { app } from '@azure/functions';

import { functionsRoute } from '@koberollen/shared/api/route';

import { loadConfig } from './config';
import { toHttpHandler } from './http/pipeline';
import { runMilestoneJob } from './jobs/milestoneJob';
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

app.timer('milestones-daily', {
  // 05:00 UTC every day, before the working day in Denmark.
  schedule: '0 0 5 * * *',
  handler: async (_timer, context) => {
    const services = await getServices();
    const result = await runMilestoneJob(services.store, services.now());
    context.log(`Milestone job done: ${JSON.stringify(result)}`);
  },
});
