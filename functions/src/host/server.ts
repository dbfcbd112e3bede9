// The local host: serves the declared functions and the built front ends through node:http.
import http from 'node:http';
import type { TLSSocket } from 'node:tls';

import type { HttpResponseInit } from '@azure/functions';

import type { FunctionDeclaration } from '../http/declare';
import { toHttpHandler } from '../http/pipeline';
import { problem } from '../http/problem';
import { API_HEADERS, HSTS } from '../http/securityHeaders';
import { nodeInvocation, NodeRequest } from './nodeRequest';
import { parseRequestTarget } from './requestTarget';
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
  const route = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const target = parseRequestTarget(req.url);
    if (!target) return send(res, problem(400, 'Adressen i forespørgslen er ugyldig.'));
    const { url, pathname } = target;
    const method = req.method ?? 'GET';
    if (!pathname.startsWith('/api/')) {
      if (pathname === '/') return redirect(res, '/teams/');
      if (method === 'GET' && serveStatic(mounts, pathname, res)) return;
      return send(res, problem(404, 'Siden findes ikke.'));
    }
    const found = router.match(method, pathname);
    if (!found) return send(res, problem(404, 'Ressourcen findes ikke.'));
    if ('allowed' in found) {
      return send(
        res,
        problem(405, 'Metoden understøttes ikke her.', { headers: { Allow: found.allowed.join(', ') } }),
      );
    }
    const bytes = await readBody(req);
    if (bytes === 'aborted') return;
    if (bytes === 'too-large') return send(res, problem(413, 'Forespørgslens indhold er for stort.'));
    const handler = handlers.get(found.declaration);
    send(res, await handler!(new NodeRequest(req, url, found.params, bytes), nodeInvocation(log)));
  };
  return (req, res) => {
    if ((req.socket as TLSSocket).encrypted)
      res.setHeader('Strict-Transport-Security', HSTS['Strict-Transport-Security']);
    route(req, res).catch((error: unknown) => {
      log('error', `${req.method ?? ''} request failed outside its handler`, error);
      if (!res.headersSent && !res.destroyed) send(res, problem(500, 'Der opstod en uventet fejl. Prøv igen.'));
      else res.destroy();
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

/**
 * The whole body, `'too-large'` beyond the hard limit (read to the end and dropped), or `'aborted'` when the client
 * went away before sending all of it: such a request gets no answer, there is no one to read it.
 */
function readBody(req: http.IncomingMessage): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= HARD_BODY_LIMIT) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > HARD_BODY_LIMIT ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', () => resolve('aborted'));
    req.on('close', () => {
      if (!req.complete) resolve('aborted');
    });
  });
}

function send(res: http.ServerResponse, response: HttpResponseInit): void {
  if (res.headersSent || res.destroyed) return;
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
