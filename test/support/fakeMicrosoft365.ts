// A local HTTPS stand-in for Entra ID's token endpoint and Microsoft Graph: checks each request is the one Microsoft
// documents (method, path, body, bearer token) and answers as they do, including scripted throttling and faults.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const CLIENT_ID = '0b7f3c1e-2d4a-4f6b-8c9d-1e2f3a4b5c6d';
export const CLIENT_SECRET = 'test-secret-value';

export interface Recorded {
  method: string;
  path: string;
  /** The query string without `?`. */
  query: string;
  headers: Record<string, string | string[] | undefined>;
  /** JSON bodies parsed, form bodies as an object, else the text. */
  body: any;
}

/** A scripted answer for the next Graph request: a status with headers and body, or no answer at all. */
export type Fault = { status: number; headers?: Record<string, string>; body?: unknown } | 'hang';

export interface FakeMicrosoft365 {
  origin: string;
  /** The self-signed certificate's PEM file (for NODE_EXTRA_CA_CERTS in child processes). */
  certFile: string;
  tokenRequests: Recorded[];
  graphRequests: Recorded[];
  /** Requests that broke what Microsoft documents, with the reason; a test expects none. */
  violations: string[];
  /** Answers the next Graph requests with these, in order, before normal handling resumes. */
  faults: Fault[];
  /** Makes the token endpoint refuse the app's credentials. */
  refuseTokens: boolean;
  /** Resolves when the next Graph request arrives (before it is answered). */
  nextGraphRequest(): Promise<Recorded>;
  close(): Promise<void>;
}

const graphError = (code: string, message: string) => ({ error: { code, message } });

/** A self-signed certificate for 127.0.0.1 (its subject alternative name lets Node accept it for that address). */
function certificate(dir: string) {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  const run = spawnSync(
    'openssl',
    // prettier-ignore
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`openssl failed: ${run.stderr}`);
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert), certFile: cert };
}

export async function startFakeMicrosoft365(): Promise<FakeMicrosoft365> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-m365-'));
  const tls = certificate(dir);
  const events = new Map<string, { id: string; webLink: string }>();
  const waiting: ((request: Recorded) => void)[] = [];
  const hanging: import('node:http').ServerResponse[] = [];
  let origin = '';

  const fake: FakeMicrosoft365 = {
    origin: '',
    certFile: tls.certFile,
    tokenRequests: [],
    graphRequests: [],
    violations: [],
    faults: [],
    refuseTokens: false,
    nextGraphRequest: () => new Promise((resolve) => waiting.push(resolve)),
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };

  const token = (tenant: string, form: Record<string, string>): [number, unknown] => {
    const violation = (reason: string): [number, unknown] => {
      fake.violations.push(`token: ${reason}`);
      return [400, { error: 'invalid_request', error_description: reason }];
    };
    if (form.client_id !== CLIENT_ID) return violation(`client_id ${form.client_id}`);
    if (fake.refuseTokens || form.client_secret !== CLIENT_SECRET) {
      return [401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' }];
    }
    // Apps ask for their Graph permissions as the resource's `/.default` scope (tests check which resource), with
    // the OpenID Connect scopes MSAL adds to delegated requests.
    const scopes = (form.scope ?? '').split(' ');
    const resources = scopes.filter((scope) => /^https:\/\/\S+\/\.default$/.test(scope));
    const others = scopes.filter((scope) => !resources.includes(scope));
    if (resources.length !== 1 || others.some((scope) => !['openid', 'profile', 'offline_access'].includes(scope)))
      return violation(`scope ${form.scope}`);
    if (form.grant_type === 'client_credentials') {
      return [200, { token_type: 'Bearer', expires_in: 3599, access_token: `app.${tenant}` }];
    }
    if (form.grant_type === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      if (form.requested_token_use !== 'on_behalf_of' || !form.assertion) return violation('on-behalf-of fields');
      return [200, { token_type: 'Bearer', expires_in: 3599, access_token: `user.${tenant}.${form.assertion}` }];
    }
    return violation(`grant_type ${form.grant_type}`);
  };

  const graph = (request: Recorded): [number, unknown] => {
    const violation = (reason: string): [number, unknown] => {
      fake.violations.push(`${request.method} ${request.path}: ${reason}`);
      return [400, graphError('BadRequest', reason)];
    };
    const bearer = String(request.headers.authorization ?? '');
    const { body } = request;
    const send = /^\/v1\.0\/users\/([^/]+)\/teamwork\/sendActivityNotification$/.exec(request.path);
    if (send && request.method === 'POST') {
      if (!bearer.startsWith('Bearer app.')) return violation(`app-only token expected, got "${bearer}"`);
      if (
        body?.topic?.source !== 'text' ||
        !String(body.topic.webUrl).startsWith('https://teams.microsoft.com/l/entity/')
      )
        return violation('topic must be text with a Teams deep link');
      if (!['milestoneDueSoon', 'milestoneOverdue'].includes(body.activityType)) return violation('activityType');
      if (typeof body.previewText?.content !== 'string') return violation('previewText.content');
      if (!Array.isArray(body.templateParameters)) return violation('templateParameters');
      return [204, undefined];
    }
    if (request.path === '/v1.0/me/events' && request.method === 'POST') {
      if (!bearer.startsWith('Bearer user.')) return violation(`delegated token expected, got "${bearer}"`);
      if (body?.body?.contentType !== 'HTML' || !body.subject) return violation('subject and HTML body');
      for (const end of ['start', 'end']) {
        if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(body[end]?.dateTime) || !body[end]?.timeZone)
          return violation(`${end} must be a dateTimeTimeZone`);
      }
      if (!Array.isArray(body.attendees)) return violation('attendees');
      // Graph answers a create with a known transactionId with the event made before.
      const known = body.transactionId ? events.get(body.transactionId) : undefined;
      const event = known ?? {
        id: `AAMkEvent${events.size + 1}`,
        webLink: `https://outlook.office365.com/owa/?itemid=${events.size + 1}`,
      };
      if (body.transactionId) events.set(body.transactionId, event);
      return [201, { ...event, subject: body.subject, start: body.start, end: body.end }];
    }
    const members = /^\/v1\.0\/teams\/([^/]+)\/members$/.exec(request.path);
    if (members && request.method === 'GET') {
      if (!bearer.startsWith('Bearer user.')) return violation(`delegated token expected, got "${bearer}"`);
      const second = new URLSearchParams(request.query).get('$skiptoken') === 'page2';
      return [200, membersPage(origin, decodeURIComponent(members[1]!), second)];
    }
    return [404, graphError('NotFound', `No such resource ${request.path}`)];
  };

  const server = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', origin);
      const type = String(req.headers['content-type'] ?? '');
      const body = type.includes('json')
        ? safeJson(text)
        : type.includes('x-www-form-urlencoded')
          ? Object.fromEntries(new URLSearchParams(text))
          : text;
      const recorded: Recorded = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.search.slice(1),
        headers: req.headers,
        body,
      };
      const answer = (status: number, json: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
        res.end(json === undefined ? undefined : JSON.stringify(json));
      };
      const discovery = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
      if (discovery && req.method === 'GET') {
        const tenant = discovery[1]!;
        return answer(200, {
          issuer: `${origin}/${tenant}/v2.0`,
          token_endpoint: `${origin}/${tenant}/oauth2/v2.0/token`,
          authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${origin}/${tenant}/oauth2/v2.0/logout`,
          jwks_uri: `${origin}/${tenant}/discovery/v2.0/keys`,
        });
      }
      const tokenPath = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
      if (tokenPath && req.method === 'POST') {
        fake.tokenRequests.push(recorded);
        const [status, json] = token(tokenPath[1]!, body as Record<string, string>);
        return answer(status, json);
      }
      fake.graphRequests.push(recorded);
      for (const resolve of waiting.splice(0)) resolve(recorded);
      const fault = fake.faults.shift();
      if (fault === 'hang') {
        hanging.push(res);
        return;
      }
      if (fault) return answer(fault.status, fault.body ?? graphError('Fault', `HTTP ${fault.status}`), fault.headers);
      const [status, json] = graph(recorded);
      return answer(status, json);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.origin = origin;
  return fake;
}

function safeJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

/** Two pages of team members, the first pointing at the second with @odata.nextLink as Graph does. */
function membersPage(origin: string, teamId: string, second: boolean) {
  const member = (n: number) => ({
    '@odata.type': '#microsoft.graph.aadUserConversationMember',
    id: `membership-${n}`,
    roles: n === 1 ? ['owner'] : [],
    displayName: `Medlem ${n}`,
    userId: `00000000-0000-4000-8000-00000000000${n}`,
    email: `medlem${n}@kommune.dk`,
  });
  if (second) return { value: [member(3)] };
  return {
    value: [member(1), member(2)],
    '@odata.nextLink': `${origin}/v1.0/teams/${encodeURIComponent(teamId)}/members?$skiptoken=page2`,
  };
}
