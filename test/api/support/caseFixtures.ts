// Fixtures for the case, contract, invoice and milestone API tests: the host, valid bodies and records they refer to.
import { randomUUID } from 'node:crypto';

import { Clause } from '@koberollen/shared/domain/clause';
import { Settings } from '@koberollen/shared/domain/settings';
import { Template } from '@koberollen/shared/domain/template';
import type { Role } from '@koberollen/shared/domain/user';

import { type ApiAnswer, TENANT_A, TENANT_B, type TestHost, useHost } from './host';

/** The clock of the tests in this area: 15 March 2026 in Denmark. */
export const TODAY = '2026-03-15';
export const NOW = new Date(`${TODAY}T10:00:00Z`);

const STAMPS = {
  createdAt: NOW.toISOString(),
  createdBy: { userId: 'fixture', name: 'Testdata' },
  updatedAt: NOW.toISOString(),
  updatedBy: { userId: 'fixture', name: 'Testdata' },
};

export const CASEWORKER = { userId: 'cw-1', name: 'Sara Sagsbehandler' };
export const NEGOTIATOR = { userId: 'neg-1', name: 'Niels Forhandler' };

/** A valid body for POST /api/cases; `reference` should be unique per test for filtering. */
export function caseBody(overrides: Record<string, unknown> = {}) {
  return {
    reference: `SAG-${randomUUID().slice(0, 8)}`,
    title: 'Midlertidigt botilbud med døgndækning',
    targetGroup: 'Udviklingshæmmede voksne',
    paragraph: 'SEL §107',
    assignee: CASEWORKER,
    negotiator: NEGOTIATOR,
    ...overrides,
  };
}

/** A valid body for POST /api/providers with one offer `bo-107`. */
export function providerBody() {
  return {
    name: `Bostedet Lærkereden ${randomUUID().slice(0, 4)}`,
    cvr: '12345674',
    ownership: 'private',
    address: { street: 'Engvej 3', postalCode: '4000', city: 'Roskilde' },
    municipality: 'Roskilde',
    region: 'Sjælland',
    offers: [
      { id: 'bo-107', name: 'Midlertidigt botilbud', paragraph: 'SEL §107', targetGroups: ['Voksne'], places: 12 },
    ],
  };
}

export interface ContractRefs {
  caseId: string;
  providerId: string;
  offerId: string;
  templateId: string;
}

/**
 * A valid contract body: a day rate of 2.500 kr. from 1 January 2026, a special rate of 500 kr. a day from
 * 1 February 2026 with monthly review, renegotiation 1 April 2026, follow-up every 3 months, end 31 December 2027.
 */
export function contractBody(refs: ContractRefs, overrides: Record<string, unknown> = {}) {
  return {
    ...refs,
    title: 'Kontrakt om midlertidigt botilbud',
    startDate: '2026-01-01',
    endDate: '2027-12-31',
    rates: [{ type: 'day', label: 'Døgntakst', amount: 2500, validFrom: '2026-01-01' }],
    specialRate: {
      type: 'day',
      amount: 500,
      reason: 'Ekstra nattevagt i indkøringsperioden',
      startDate: '2026-02-01',
      monthlyReview: true,
    },
    priceRegulation: { basis: 'kl', month: 1 },
    renegotiationDate: '2026-04-01',
    noticePeriodMonths: 3,
    followUpCadenceMonths: 3,
    ...overrides,
  };
}

/** A February 2026 invoice billing 28 days at `unitPrice` kr. */
/**
 * The `n`th period of 28 days from 01.01.2026 (n from 0 to 12, all within 2026), so that invoices of one contract
 * bill different days: days billed twice deviate.
 */
export function invoicePeriod(n: number): { periodFrom: string; periodTo: string } {
  const day = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
  return { periodFrom: day(28 * n), periodTo: day(28 * n + 27) };
}

export function invoiceBody(unitPrice: number, overrides: Record<string, unknown> = {}) {
  return {
    invoiceNumber: `F-${randomUUID().slice(0, 8)}`,
    periodFrom: '2026-02-01',
    periodTo: '2026-02-28',
    receivedDate: '2026-03-05',
    lines: [
      {
        rateType: 'day',
        description: 'Døgntakst',
        quantity: 28,
        unit: 'day',
        unitPrice,
        amount: 28 * unitPrice,
      },
    ],
    ...overrides,
  };
}

/** Fails the test with the answer's body when the status is not the expected one. */
export function expectStatus(answer: ApiAnswer, status: number): ApiAnswer {
  if (answer.status !== status) {
    throw new Error(`Expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  return answer;
}

/** The provider lists a new day rate from 1 January 2026 (negotiated 1 December 2025) as its offer's only rate. */
export async function listNewDayRate(host: TestHost, token: string, providerId: string, amount: number) {
  const provider = expectStatus(await host.call('GET', `/api/providers/${providerId}`, { token }), 200);
  const [offer] = provider.body.offers as Record<string, unknown>[];
  const rate = {
    id: 'dag',
    type: 'day',
    label: 'Døgntakst',
    amount,
    negotiatedAt: '2025-12-01',
    source: 'list',
    validFrom: '2026-01-01',
  };
  expectStatus(
    await host.call('PUT', `/api/providers/${providerId}`, {
      token,
      ifMatch: provider.headers.get('etag')!,
      body: { ...provider.body, offers: [{ ...offer, rates: [rate] }] },
    }),
    200,
  );
}

/**
 * Writes a clause and a template straight into the tenant's library: the library has its own tests, and
 * these tests only need records to refer to.
 */
export async function seedLibrary(host: TestHost, tenantId: string) {
  const clauseId = `clause-${randomUUID().slice(0, 8)}`;
  const templateId = `template-${randomUUID().slice(0, 8)}`;
  const clause = Clause.parse({
    ...STAMPS,
    id: clauseId,
    title: 'Særtakst',
    topic: 'special-rate',
    paragraphs: [{ text: 'En særtakst gælder til en fastsat slutdato eller følges op hver måned.' }],
    status: 'published',
    version: 1,
    hasUnpublishedChanges: false,
  });
  const template = Template.parse({
    ...STAMPS,
    id: templateId,
    name: 'Botilbud efter § 107',
    contractType: 'botilbud-107',
    legalBasis: [{ law: 'SEL', section: '§107' }],
    sections: [{ title: 'Pris', clauses: [{ clauseId, mandatory: true }] }],
    version: 1,
    hasUnpublishedChanges: false,
  });
  await host.services.store.write(tenantId, [
    { op: 'upsert', kind: 'clause', id: clauseId, body: clause },
    { op: 'upsert', kind: 'template', id: templateId, body: template },
  ]);
  return { clauseId, templateId };
}

/** Sets the tenant's KL regulation rates (finance confirms them through the settings in the product). */
export async function setRegulationRates(host: TestHost, tenantId: string, rates: { year: number; percent: number }[]) {
  const settings = Settings.parse({
    name: 'Testkommune',
    regulationRates: rates,
    defaultFollowUpCadenceMonths: 3,
    expensiveCases: { topN: 10, followUpsPerYear: 4 },
    retentionMonthsAfterClose: 60,
    updatedAt: STAMPS.updatedAt,
    updatedBy: STAMPS.updatedBy,
  });
  await host.services.store.write(tenantId, [{ op: 'upsert', kind: 'settings', id: 'settings', body: settings }]);
}

/** Tokens for each role in a tenant, keyed by role. */
export async function tokensFor(host: TestHost, tenantId?: string): Promise<Record<Role, string>> {
  const roles: Role[] = ['caseworker', 'negotiator', 'procurement', 'finance', 'manager', 'admin'];
  const tokens = await Promise.all(roles.map((role) => host.token([role], tenantId)));
  return Object.fromEntries(roles.map((role, i) => [role, tokens[i]])) as Record<Role, string>;
}

/** A case, a provider with an offer and a template in the tenant: everything a contract refers to. */
export async function contractSetup(host: TestHost, tenantId: string, tokens: Record<Role, string>) {
  const { clauseId, templateId } = await seedLibrary(host, tenantId);
  const created = expectStatus(
    await host.call('POST', '/api/cases', { token: tokens.caseworker, body: caseBody() }),
    201,
  );
  const provider = expectStatus(
    await host.call('POST', '/api/providers', { token: tokens.procurement, body: providerBody() }),
    201,
  );
  const refs: ContractRefs = {
    caseId: created.body.id,
    providerId: provider.body.id,
    offerId: 'bo-107',
    templateId,
  };
  return { refs, clauseId };
}

/** Creates a contract and returns its body. */
export async function createContract(host: TestHost, token: string, refs: ContractRefs, overrides = {}) {
  const answer = await host.call('POST', '/api/contracts', { token, body: contractBody(refs, overrides) });
  return expectStatus(answer, 201).body;
}

/** The audit actions recorded for a record, as an admin reads them, sorted (the tests' clock stands still). */
export async function auditActions(host: TestHost, adminToken: string, entityId: string): Promise<string[]> {
  const answer = expectStatus(
    await host.call('GET', `/api/audit?entityId=${encodeURIComponent(entityId)}`, { token: adminToken }),
    200,
  );
  return answer.body.items.map((event: { action: string }) => event.action).sort();
}

/** Follows continuation tokens from `url` and returns every page's items, checking pages are at most `limit`. */
export async function allPages(host: TestHost, token: string, url: string, limit: number) {
  const items: { id: string }[] = [];
  let next: string | undefined;
  let pages = 0;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const tokenPart = next ? `&continuationToken=${encodeURIComponent(next)}` : '';
    const answer = expectStatus(await host.call('GET', `${url}${sep}limit=${limit}${tokenPart}`, { token }), 200);
    expect(answer.body.items.length).toBeLessThanOrEqual(limit);
    items.push(...answer.body.items);
    next = answer.body.continuationToken;
    pages++;
  } while (next);
  return { items, pages };
}

/** The host of a case-area test file on the tests' clock, with every role's token in tenant A (`a`) and B (`b`). */
export interface CaseHost {
  host: TestHost;
  a: Record<Role, string>;
  b: Record<Role, string>;
}

/** A case host with a case, a provider and a template in tenant A that a contract can refer to. */
export interface CaseHostWithRefs extends CaseHost {
  refs: ContractRefs;
}

/** A case host with `refs` and a contract on them, created by tenant A's negotiator. */
export interface CaseHostWithContract extends CaseHostWithRefs {
  contract: { id: string };
}

/**
 * Starts a case host for the calling test file (beforeAll; stopped in afterAll). Its fields are stable objects
 * that are filled in before the tests run; `setup` asks for contract references, or for a contract too.
 */
export function useCaseHost(): CaseHost;
export function useCaseHost(setup: 'refs'): CaseHostWithRefs;
export function useCaseHost(setup: 'contract'): CaseHostWithContract;
export function useCaseHost(setup?: 'refs' | 'contract'): CaseHostWithContract {
  const { host } = useHost({ now: () => NOW });
  const a = {} as Record<Role, string>;
  const b = {} as Record<Role, string>;
  const refs = {} as ContractRefs;
  const contract = { id: '' };
  beforeAll(async () => {
    const [tokensA, tokensB] = await Promise.all([tokensFor(host, TENANT_A), tokensFor(host, TENANT_B)]);
    Object.assign(a, tokensA);
    Object.assign(b, tokensB);
    if (!setup) return;
    Object.assign(refs, (await contractSetup(host, TENANT_A, a)).refs);
    if (setup === 'contract') contract.id = (await createContract(host, a.negotiator, refs)).id;
  });
  return { host, a, b, refs, contract };
}
