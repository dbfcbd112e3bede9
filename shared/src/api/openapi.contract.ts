// GET /api/openapi.json: the API's own description, without sign-in.
import { z } from 'zod';

import { defineRoute } from './route';

export const openApiRoutes = {
  getOpenApi: defineRoute({
    method: 'GET',
    path: '/api/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This API described as OpenAPI 3.1',
    access: 'public',
    responses: { 200: z.record(z.string(), z.unknown()) },
  }),
};
