// Property-based fuzzing of the local host's HTTP edge: whatever a client sends, the host answers and stays up.
import fc from 'fast-check';

import { routes } from '../../functions/src/routes';
import { startHost, type TestHost } from './support/host';
import { abortedUpload, getRequest, rawRequest } from './support/rawHttp';

let host: TestHost;
let adminToken: string;
beforeAll(async () => {
  host = await startHost();
  adminToken = await host.token(['admin', 'caseworker', 'procurement', 'finance']);
});
afterAll(() => host.stop());

/** Path segments a client could send: the declared ones, traversal, escapes valid and broken, and random text. */
const segment = fc.oneof(
  fc.constantFrom(
    ...new Set(routes.flatMap((r) => r.route.path.split('/')).filter((s) => s && !s.startsWith('{'))),
    '',
    '.',
    '..',
    '%2e%2e',
    '%',
    '%E0',
    '%C0%80',
    '%ZZ',
    '%00',
    '%2F',
    'æøå',
    'index.html',
  ),
  fc.uuid(),
  fc.string({ maxLength: 12 }),
);

const target = fc.oneof(
  fc
    .tuple(fc.constantFrom('/api', '/teams', '/addin', '', '/'), fc.array(segment, { maxLength: 5 }))
    .map(([prefix, parts]) => [prefix, ...parts].join('/') || '/'),
  fc.constantFrom('//', '*', '/?', '/api/health?%', 'http://localhost/api/me', 'http://[::1'),
  fc.string({ maxLength: 40 }),
);

const headerName = fc.oneof(
  fc.constantFrom(
    'Authorization',
    'Content-Type',
    'If-Match',
    'Idempotency-Key',
    'Accept',
    'Cookie',
    'X-Forwarded-For',
  ),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/),
);
const headerValue = fc.oneof(
  fc.constantFrom('Bearer x.y.z', 'application/json', 'multipart/form-data; boundary=--', '"1"', '*', ''),
  fc.string({ maxLength: 60 }),
);

const body = fc.oneof(
  fc.constant(''),
  fc.json({ maxDepth: 3 }),
  fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

const request = fc.record({
  method: fc.oneof(
    fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
    fc.stringMatching(/^[A-Z]{1,8}$/),
  ),
  target,
  headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 4 }),
  signedIn: fc.boolean(),
  body,
  /** Bytes of the body actually sent before the socket is closed; undefined sends it whole. */
  cutAfter: fc.option(fc.nat({ max: 64 }), { freq: 4 }),
});

type FuzzRequest = typeof request extends fc.Arbitrary<infer T> ? T : never;

function serialise(r: FuzzRequest): Buffer {
  const bytes = Buffer.from(r.body, 'latin1');
  const lines = [`${r.method} ${r.target} HTTP/1.1`, 'Host: localhost', 'Connection: close'];
  for (const [name, value] of r.headers) {
    // The fuzzer owns framing: a stray Content-Length or Transfer-Encoding would only make the socket wait.
    if (!/^(content-length|transfer-encoding|connection|host)$/i.test(name)) lines.push(`${name}: ${value}`);
  }
  if (r.signedIn) lines.push(`Authorization: Bearer ${adminToken}`);
  lines.push(`Content-Length: ${bytes.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8'), bytes]);
}

it('answers every complete request below 500, drops cut-off ones, and keeps answering /api/health', async () => {
  await fc.assert(
    fc.asyncProperty(request, async (r) => {
      if (r.cutAfter !== null) {
        await abortedUpload(host.base, r.target, r.body.length + r.cutAfter + 1, r.cutAfter);
      } else {
        const answer = await rawRequest(host.base, serialise(r));
        expect(answer.status).toBeDefined();
        expect(answer.status).toBeLessThan(500);
      }
      expect((await rawRequest(host.base, getRequest('/api/health'))).status).toBe(200);
    }),
    { numRuns: 300 },
  );
  expect(host.logged.filter((line) => line.startsWith('error'))).toEqual([]);
});
