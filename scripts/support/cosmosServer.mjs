// Run as a child of a benchmark: the in-process Cosmos DB test server (@vercel/cosmosdb-server, what the real SDK
// talks to in the tests) on a free port, counting at the wire what it answers: requests, response bytes, the
// `x-ms-request-charge` it reports, and request units estimated from the documents it returns (see ruForRead).
import { createRequire } from 'node:module';

import { createHttpsServer } from '@vercel/cosmosdb-server';

/**
 * The test server's query compiler (@zeit/cosmosdb-query) reads a container into a new array per item (a spread of
 * the array so far), quadratic in the items held: a query over 15 000 items took most of a minute. This copies
 * nothing else: the compiled query reads its input in one pass and answers the same.
 */
function readQueriesInLinearTime() {
  const compile = createRequire(createRequire(import.meta.url).resolve('@vercel/cosmosdb-server'))(
    '@zeit/cosmosdb-query',
  ).default;
  const prototype = Object.getPrototypeOf(compile('SELECT * FROM c'));
  const { get } = Object.getOwnPropertyDescriptor(prototype, 'code');
  const quadratic =
    /\$c\.reduce\(\(\$, (\w+)\) => typeof \1 !== "undefined" \? \[\.\.\.\$, \{\s*\1: \1\s*\}\] : \$, \[\]\)/g;
  Object.defineProperty(prototype, 'code', {
    get() {
      this._code ??= get
        .call(this)
        ?.replace(quadratic, '$$c.filter(($1) => typeof $1 !== "undefined").map(($1) => ({ $1 }))');
      return this._code;
    },
  });
}
readQueriesInLinearTime();

/**
 * Request units of reading `bytes` of one document, after Microsoft's documented point-read costs (1 KB: 1 RU,
 * 100 KB: 10 RU), linear between them and at least 1 RU.
 */
export const ruForRead = (bytes) => Math.max(1, 1 + (9 * (bytes / 1024 - 1)) / 99);

/** What a request to the emulation is: a point read, a query page, a batch, another write, or account metadata. */
function classify(req) {
  const docs = /\/docs(\/[^/]+)?\/?$/.exec(req.url ?? '');
  if (!docs) return 'meta';
  if (req.method === 'GET') return docs[1] ? 'read' : 'query';
  if (req.method === 'POST' && String(req.headers['x-ms-documentdb-isquery']) === 'true') return 'query';
  if (req.method === 'POST' && req.headers['x-ms-cosmos-is-batch-request']) return 'batch';
  return 'write';
}

/** Estimated request units of an answer: each document it returns costs at least a point read of that document. */
function estimateRu(kind, text) {
  if (kind === 'read') return ruForRead(Buffer.byteLength(text));
  if (kind !== 'query') return 0;
  const documents = JSON.parse(text).Documents ?? [];
  return Math.max(
    1,
    documents.reduce((sum, doc) => sum + ruForRead(Buffer.byteLength(JSON.stringify(doc))), 0),
  );
}

const fresh = () => ({ requests: 0, bytes: 0, reportedCharge: 0, estimatedRu: 0, byKind: {} });
let tally = fresh();

function record(kind, text, charge) {
  const entry = (tally.byKind[kind] ??= { requests: 0, bytes: 0 });
  const bytes = Buffer.byteLength(text);
  entry.requests += 1;
  entry.bytes += bytes;
  if (kind === 'meta') return;
  tally.requests += 1;
  tally.bytes += bytes;
  tally.reportedCharge += Number(charge ?? 0);
  tally.estimatedRu += estimateRu(kind, text);
}

const server = createHttpsServer({ keepAlive: true });
// The SDK keeps connections open for reuse; closing them sooner than it expects makes a reused one hang up.
server.keepAliveTimeout = 120_000;
server.headersTimeout = 121_000;
const emulate = server.listeners('request');
server.removeAllListeners('request');
server.on('request', (req, res) => {
  const kind = classify(req);
  const end = res.end;
  res.end = function counted(chunk, ...rest) {
    record(kind, typeof chunk === 'string' ? chunk : String(chunk ?? ''), res.getHeader('x-ms-request-charge'));
    return end.call(this, chunk, ...rest);
  };
  for (const listener of emulate) listener.call(server, req, res);
});

server.listen(0, '127.0.0.1', () => {
  process.send({ endpoint: `https://127.0.0.1:${server.address().port}` });
});
process.on('message', (request) => {
  if (request.type === 'reset') tally = fresh();
  process.send({ id: request.id, tally: { ...tally, estimatedRu: Math.round(tally.estimatedRu * 10) / 10 } });
});
process.on('disconnect', () => process.exit(0));
