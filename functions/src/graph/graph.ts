// Microsoft Graph through @microsoft/microsoft-graph-client with tokens from @azure/identity: the only code that
// talks to Graph. App-only calls use one credential per municipality (tenant); delegated calls exchange the user's token.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { rootCertificates } from 'node:tls';

import { ClientSecretCredential, OnBehalfOfCredential } from '@azure/identity';

import type { GraphSettings } from '../config';
import { toFailure } from './failure';
import { graphClient, type TransportOptions } from './transport';
import type { ActivityNotification, CreatedEvent, EventRequest, Graph, TeamMember } from './types';

/** Authority hosts of Microsoft's clouds, where instance discovery (authority validation) stays on. */
const KNOWN_AUTHORITIES = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
]);
/** How long a team's members are reused before Graph is asked again. */
const MEMBERS_TTL_MS = 5 * 60_000;
const MAX_MEMBER_PAGES = 10;

interface MembersPage {
  value: { userId?: string | null; displayName?: string | null; email?: string | null }[];
  '@odata.nextLink'?: string;
}

/** Runs a Graph call and rethrows its failure as a GraphFailure. */
async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toFailure(error);
  }
}

/** Retry limits of one call; tests keep them short. */
export type RetryLimits = Partial<Pick<TransportOptions, 'maxRetries' | 'maxRetryAfterSeconds'>>;

/** The Graph of a deployment with Graph settings. */
export function createGraph(settings: GraphSettings, limits: RetryLimits = {}): Graph {
  // An extra trusted certificate (a private cloud's, a TLS-inspecting proxy's) is added to the system's.
  const ca = settings.caFile ? [...rootCertificates, readFileSync(settings.caFile, 'utf8')] : undefined;
  const options: TransportOptions = {
    baseUrl: settings.baseUrl,
    timeoutMs: settings.timeoutMs,
    maxRetries: 3,
    maxRetryAfterSeconds: 30,
    ...limits,
    agent: new https.Agent({ keepAlive: true, ...(ca ? { ca } : {}) }),
  };
  const credentialOptions = {
    authorityHost: settings.authorityHost,
    disableInstanceDiscovery: !KNOWN_AUTHORITIES.has(new URL(settings.authorityHost).hostname),
    ...(ca ? { tlsOptions: { ca: ca.join('\n') } } : {}),
  };
  const appClients = new Map<string, ReturnType<typeof graphClient>>();
  const appClient = (tenantId: string) => {
    let client = appClients.get(tenantId);
    if (!client) {
      const credential = new ClientSecretCredential(
        tenantId,
        settings.clientId,
        settings.clientSecret,
        credentialOptions,
      );
      client = graphClient(credential, options);
      appClients.set(tenantId, client);
    }
    return client;
  };
  const userClient = (tenantId: string, assertion: string) =>
    graphClient(
      new OnBehalfOfCredential({
        tenantId,
        clientId: settings.clientId,
        clientSecret: settings.clientSecret,
        userAssertionToken: assertion,
        ...credentialOptions,
      }),
      options,
    );
  const members = new Map<string, { at: number; members: TeamMember[] }>();

  return {
    async sendActivityNotification(tenantId: string, userId: string, notification: ActivityNotification) {
      const body = {
        topic: { source: 'text', value: notification.topic.value, webUrl: notification.topic.webUrl },
        activityType: notification.activityType,
        previewText: { content: notification.previewText },
        templateParameters: Object.entries(notification.templateParameters).map(([name, value]) => ({ name, value })),
      };
      const path = `/users/${encodeURIComponent(userId)}/teamwork/sendActivityNotification`;
      await call(() => appClient(tenantId).api(path).post(body));
    },

    async createEvent(tenantId: string, assertion: string, event: EventRequest): Promise<CreatedEvent> {
      const body = {
        subject: event.subject,
        body: { contentType: 'HTML', content: event.body },
        start: { dateTime: event.start, timeZone: event.timeZone },
        end: { dateTime: event.end, timeZone: event.timeZone },
        attendees: event.attendees.map((a) => ({
          emailAddress: { address: a.address, name: a.name },
          type: 'required',
        })),
        allowNewTimeProposals: true,
        transactionId: event.transactionId,
      };
      const created = await call(
        () => userClient(tenantId, assertion).api('/me/events').post(body) as Promise<{ id: string; webLink?: string }>,
      );
      return { id: created.id, webLink: created.webLink };
    },

    async listTeamMembers(tenantId: string, assertion: string, teamId: string): Promise<TeamMember[]> {
      // Keyed by the caller too (a hash of the token, never the token): what Graph shows depends on who asks.
      const key = createHash('sha256').update(`${tenantId}\n${teamId}\n${assertion}`).digest('hex');
      const cached = members.get(key);
      if (cached && Date.now() - cached.at < MEMBERS_TTL_MS) return cached.members;
      const client = userClient(tenantId, assertion);
      const found: TeamMember[] = [];
      let next: string | undefined = `/teams/${encodeURIComponent(teamId)}/members`;
      for (let page = 0; next && page < MAX_MEMBER_PAGES; page++) {
        const url: string = next;
        const answer: MembersPage = await call(() => client.api(url).get() as Promise<MembersPage>);
        for (const m of answer.value) {
          if (m.userId)
            found.push({ userId: m.userId, name: m.displayName ?? '', ...(m.email ? { email: m.email } : {}) });
        }
        next = answer['@odata.nextLink'];
      }
      for (const [k, v] of members) if (Date.now() - v.at >= MEMBERS_TTL_MS) members.delete(k);
      members.set(key, { at: Date.now(), members: found });
      return found;
    },
  };
}
