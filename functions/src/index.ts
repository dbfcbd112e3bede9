// Azure Functions entry point: the only place that registers functions with the runtime.
import { app } from '@azure/functions';

import { functionsRoute } from '@koberollen/shared/api/route';

import { toHttpHandler } from './http/pipeline';
import { routes } from './routes';

app.setup({ enableHttpStream: false });

for (const declaration of routes) {
  app.http(declaration.name, {
    methods: [declaration.route.method],
    route: functionsRoute(declaration.route.path),
    authLevel: 'anonymous',
    handler: toHttpHandler(declaration),
  });
}
