// Test support: an in-process Cosmos DB emulation (@vercel/cosmosdb-server) and repositories connected to it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';

import type { CosmosClientOptions } from '@azure/cosmos';
import { createHttpsServer } from '@vercel/cosmosdb-server';

import { CosmosRepository } from '../cosmos';

/**
 * Answers a request itself (returns true) or lets the emulation handle it (returns false). A batch's body is read
 * first and given as `body`, so an interceptor can tell a batch of reads from one of writes.
 */
export type Interceptor = (req: IncomingMessage, res: ServerResponse, body?: Buffer) => boolean;

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The request again, its body already read, for the emulation to read as it would the original. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const { headers, url, method } = req;
  return Object.assign(Readable.from([body]), { headers, url, method }) as unknown as IncomingMessage;
}

/** What the emulation was asked for data since the count began: point reads, query plans, query pages, batches. */
export interface WireCount {
  requests: number;
  byKind: Record<string, number>;
}

/** What a request for data is; undefined for account, database and container metadata. */
function dataKind(req: IncomingMessage): string | undefined {
  const docs = /\/docs(\/[^/]+)?\/?$/.exec(req.url ?? '');
  if (!docs) return undefined;
  if (req.method === 'GET') return docs[1] ? 'read' : 'query';
  if (req.headers['x-ms-cosmos-is-query-plan-request']) return 'queryPlan';
  if (req.headers['x-ms-documentdb-isquery']) return 'query';
  if (req.headers['x-ms-cosmos-is-batch-request']) return 'batch';
  return 'write';
}

export interface CosmosTestServer {
  endpoint: string;
  /** The data requests the server received from now on, counted at the wire, while the answer is read. */
  countWire(): WireCount;
  /** Connects a repository to a database of this server; the test server's certificate is self-signed. */
  connect(database: string, clientOptions?: Partial<CosmosClientOptions>): Promise<CosmosRepository>;
  /** Puts `interceptor` in front of the emulation (for fault injection); `undefined` removes it. */
  intercept(interceptor: Interceptor | undefined): void;
  close(): Promise<void>;
}

/** Starts the emulation on a free local port. */
export async function startCosmosTestServer(): Promise<CosmosTestServer> {
  const server = createHttpsServer();
  const emulate = server.listeners('request');
  server.removeAllListeners('request');
  let interceptor: Interceptor | undefined;
  let wire: WireCount = { requests: 0, byKind: {} };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const kind = dataKind(req);
    if (kind) {
      wire.requests += 1;
      wire.byKind[kind] = (wire.byKind[kind] ?? 0) + 1;
    }
    const emulated = (request: IncomingMessage) => {
      for (const listener of emulate) listener.call(server, request, res);
    };
    if (kind !== 'batch' || !interceptor) {
      if (!interceptor?.(req, res)) emulated(req);
      return;
    }
    void bodyOf(req).then((body) => {
      if (!interceptor?.(req, res, body)) emulated(replay(req, body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Test server has no TCP address');
  const endpoint = `https://127.0.0.1:${address.port}`;
  return {
    endpoint,
    countWire: () => {
      wire = { requests: 0, byKind: {} };
      return wire;
    },
    connect: (database, clientOptions = {}) =>
      CosmosRepository.connect(
        { kind: 'cosmos', endpoint, key: 'dummy', database },
        { agent: new https.Agent({ rejectUnauthorized: false }), ...clientOptions },
      ),
    intercept: (next) => {
      interceptor = next;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
