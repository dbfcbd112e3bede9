// The local host: serves the declared functions and the built front ends through node:http.
import http from 'node:http';

import type { HttpResponseInit } from '@azure/functions';

import type { FunctionDeclaration } from '../http/declare';
import { toHttpHandler } from '../http/pipeline';
import { problem } from '../http/problem';
import { API_HEADERS } from '../http/securityHeaders';
import { nodeInvocation, NodeRequest } from './nodeRequest';
import { createRouter } from './router';
import { serveStatic, type StaticMount } from './staticFiles';

/**
 * Bodies beyond this are not buffered at all; the API's own limits (256 KB of JSON, 5 MB for a provider import file)
 * are checked by the pipeline and the import.
 */
const HARD_BODY_LIMIT = 6 * 1024 * 1024;

/** Receives the functions' warnings and errors; the default writes them to stderr. */
export type HostLog = (level: string, ...args: unknown[]) => void;

const stderrLog: HostLog = (level, ...args) => console.error(`[${level}]`, ...args);

/** The request listener of the local host, for an HTTP or HTTPS server. */
export function createRequestListener(
  declarations: FunctionDeclaration[],
  mounts: StaticMount[],
  log: HostLog = stderrLog,
): http.RequestListener {
  const router = createRouter(declarations);
  const handlers = new Map(declarations.map((d) => [d, toHttpHandler(d)]));
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    if (!url.pathname.startsWith('/api/')) {
      if (url.pathname === '/') return redirect(res, '/teams/');
      if (method === 'GET' && serveStatic(mounts, url.pathname, res)) return;
      return send(res, problem(404, 'Siden findes ikke.'));
    }
    const found = router.match(method, url.pathname);
    if (!found) return send(res, problem(404, 'Ressourcen findes ikke.'));
    if ('allowed' in found) {
      return send(
        res,
        problem(405, 'Metoden understøttes ikke her.', { headers: { Allow: found.allowed.join(', ') } }),
      );
    }
    const handler = handlers.get(found.declaration);
    void readBody(req).then(async (bytes) => {
      if (bytes === undefined) return send(res, problem(413, 'Forespørgslens indhold er for stort.'));
      send(res, await handler!(new NodeRequest(req, url, found.params, bytes), nodeInvocation(log)));
    });
  };
}

/** A plain HTTP local host. */
export function createLocalServer(
  declarations: FunctionDeclaration[],
  mounts: StaticMount[],
  log?: HostLog,
): http.Server {
  return http.createServer(createRequestListener(declarations, mounts, log));
}

function readBody(req: http.IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= HARD_BODY_LIMIT) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > HARD_BODY_LIMIT ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, response: HttpResponseInit): void {
  const headers = { ...API_HEADERS, ...(response.headers as Record<string, string> | undefined) };
  const body =
    response.jsonBody !== undefined
      ? JSON.stringify(response.jsonBody)
      : (response.body as string | Uint8Array | undefined);
  res.writeHead(response.status ?? 200, headers);
  res.end(body);
}

function redirect(res: http.ServerResponse, location: string): void {
  res.writeHead(302, { ...API_HEADERS, Location: location });
  res.end();
}
