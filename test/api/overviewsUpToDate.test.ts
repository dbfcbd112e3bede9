// The follow-up overview and the dashboard's overview (both from figures kept on write) answer after every kind of
// write, by this host or another process, what a computation from a full read answers.
import { isoDateOf } from '@koberollen/shared/rules/dates';

import { dashboardOverview } from '../../functions/src/functions/analysis';
import { getFollowUpOverview } from '../../functions/src/functions/followUp';
import { INVOICE_HEADERS } from '../../functions/src/functions/invoicesImportColumns';
import type { FunctionDeclaration } from '../../functions/src/http/declare';
import { refreshQueuedFigures } from '../../functions/src/jobs/figuresQueue';
import { SqliteRepository } from '../../functions/src/store/sqlite';
import {
  contractSetup,
  createContract,
  expectStatus,
  invoiceBody,
  listNewDayRate,
  NOW,
  tokensFor,
} from './support/caseFixtures';
import { overviewFromFullRead } from './support/dashboardReference';
import { followUpFromFullRead } from './support/followUpReference';
import { TENANT_A, useHost } from './support/host';

jest.setTimeout(120_000);

const { host } = useHost({ now: () => NOW });

/** The route's answer computed from a full read of the store. */
async function recomputed(declaration: FunctionDeclaration, query: Record<string, unknown>): Promise<unknown> {
  if (declaration === getFollowUpOverview) {
    const items = typeof query.items === 'number' ? query.items : 1000;
    return followUpFromFullRead(host.services.store, TENANT_A, isoDateOf(NOW), items);
  }
  return overviewFromFullRead(host.services.store, TENANT_A, NOW, query);
}

const READS = [
  { url: '/api/follow-up', route: getFollowUpOverview, query: {} },
  { url: '/api/follow-up?items=2', route: getFollowUpOverview, query: { items: 2 } },
  { url: '/api/dashboard/overview', route: dashboardOverview, query: {} },
  {
    url: '/api/dashboard/overview?from=2025-07-01&to=2026-06-30',
    route: dashboardOverview,
    query: { from: '2025-07-01', to: '2026-06-30' },
  },
];

async function expectAsRecomputed(token: string): Promise<void> {
  for (const { url, route, query } of READS) {
    const answer = expectStatus(await host.call('GET', url, { token }), 200).body;
    expect(answer).toEqual(await recomputed(route, query));
  }
}

it('answers after each write what a full read answers', async () => {
  const a = await tokensFor(host, TENANT_A);
  await expectAsRecomputed(a.manager);

  // A due milestone marked done.
  const due = expectStatus(await host.call('GET', '/api/follow-up?items=1', { token: a.manager }), 200).body;
  const milestoneId = due.dueGroups[0].items[0].id;
  expectStatus(await host.call('POST', `/api/milestones/${milestoneId}/done`, { token: a.negotiator, body: {} }), 200);
  await expectAsRecomputed(a.manager);

  // A new case, provider and active contract with a special rate, and its milestones.
  const { refs } = await contractSetup(host, TENANT_A, a);
  const contract = await createContract(host, a.negotiator, refs, {
    status: 'active',
    startDate: '2025-06-01',
    rates: [{ type: 'day', label: 'Døgntakst', amount: 90_000, validFrom: '2025-06-01' }],
  });
  await expectAsRecomputed(a.manager);

  // Invoices: January billed within the regulation (its days cost what was billed), February billed far above the
  // rate (deviating: its days keep the contract's rates), then cleared (they cost what was billed).
  const total = async () =>
    expectStatus(await host.call('GET', '/api/dashboard/overview', { token: a.manager }), 200).body.total as number;
  const register = async (periodFrom: string, periodTo: string, days: number, unitPrice: number) => {
    const line = { rateType: 'day', description: 'Døgntakst', quantity: days, unit: 'day', unitPrice };
    const body = invoiceBody(unitPrice, { periodFrom, periodTo, lines: [{ ...line, amount: days * unitPrice }] });
    const path = `/api/contracts/${contract.id}/invoices`;
    return expectStatus(await host.call('POST', path, { token: a.finance, body }), 201).body;
  };
  const before = await total();
  expect((await register('2026-01-01', '2026-01-31', 31, 91_000)).status).toBe('matching');
  expect(await total()).toBeCloseTo(before + 31 * 1000, 2);
  await expectAsRecomputed(a.manager);
  const february = await register('2026-02-01', '2026-02-28', 28, 120_000);
  expect(february.status).toBe('deviating');
  expect(await total()).toBeCloseTo(before + 31 * 1000, 2);
  await expectAsRecomputed(a.manager);
  expectStatus(
    await host.call('POST', `/api/contracts/${contract.id}/invoices/${february.id}/resolve`, {
      token: a.finance,
      body: { note: 'Aftalt tillæg for februar' },
    }),
    200,
  );
  // February's days at the billed 120.000 kr. instead of the day rate and the special rate (90.000 + 500 kr.).
  const cleared = before + 31 * 1000 + 28 * (120_000 - 90_500);
  expect(await total()).toBeCloseTo(cleared, 2);
  await expectAsRecomputed(a.manager);

  // March's first fortnight imported from a file at 91.000 kr. a day, as January: its days cost that instead of the
  // day rate and the special rate (90.500 kr.).
  const cells: Record<string, string> = {
    Fakturanummer: 'F-2026-0301',
    CVR: '12345674',
    'Kontrakt-id': contract.id,
    'Periode fra': '01.03.2026',
    'Periode til': '14.03.2026',
    Modtaget: '15.03.2026',
    Linjetekst: 'Døgntakst',
    Enhed: 'døgn',
    Antal: '14',
    Enhedspris: '91.000,00',
    Beløb: '1.274.000,00',
  };
  const invoiceFile = [INVOICE_HEADERS, INVOICE_HEADERS.map((h) => cells[h] ?? '')].map((r) => r.join(';')).join('\n');
  const imported = await host.call('POST', '/api/invoices/import', {
    token: a.finance,
    body: invoiceFile,
    headers: { 'content-type': 'text/csv' },
  });
  expect(expectStatus(imported, 200).body.written).toBe(true);
  expect(await total()).toBeCloseTo(cleared + 14 * 500, 2);
  await expectAsRecomputed(a.manager);

  // The provider raises its rate; the case is renamed; the contract ends.
  await listNewDayRate(host, a.procurement, refs.providerId, 99_000);
  const caseAnswer = await host.call('GET', `/api/cases/${refs.caseId}`, { token: a.caseworker });
  expectStatus(
    await host.call('PUT', `/api/cases/${refs.caseId}`, {
      token: a.caseworker,
      ifMatch: caseAnswer.headers.get('etag')!,
      body: { ...withoutStamps(caseAnswer.body), title: 'Omdøbt sag', targetGroup: 'Unge med angst' },
    }),
    200,
  );
  await expectAsRecomputed(a.manager);

  // The provider turns out to be the municipality's own.
  const providerAnswer = await host.call('GET', `/api/providers/${refs.providerId}`, { token: a.procurement });
  const own = (await host.call('GET', '/api/settings', { token: a.admin })).body.name;
  expectStatus(
    await host.call('PUT', `/api/providers/${refs.providerId}`, {
      token: a.procurement,
      ifMatch: providerAnswer.headers.get('etag')!,
      body: { ...withoutStamps(providerAnswer.body), ownership: 'public', municipality: own },
    }),
    200,
  );
  await expectAsRecomputed(a.manager);
  const stored = await host.call('GET', `/api/contracts/${contract.id}`, { token: a.negotiator });
  expectStatus(
    await host.call('PUT', `/api/contracts/${contract.id}`, {
      token: a.negotiator,
      ifMatch: stored.headers.get('etag')!,
      body: { ...withoutStamps(stored.body), status: 'ended', endDate: '2026-02-28' },
    }),
    200,
  );
  await expectAsRecomputed(a.manager);

  // KL's regulation rate for a new year.
  const settings = await host.call('GET', '/api/settings', { token: a.admin });
  const { updatedAt: _at, updatedBy: _by, ...input } = settings.body;
  const rates = input.regulationRates.map((r: { percent: number }) => ({ ...r, percent: r.percent / 2 }));
  expectStatus(
    await host.call('PUT', '/api/settings', {
      token: a.admin,
      ifMatch: settings.headers.get('etag')!,
      body: { ...input, regulationRates: rates },
    }),
    200,
  );
  // Answered at once; the figures it moves are derived by the figures-refresh job, as its timer runs it.
  const pending = await host.call('GET', '/api/settings/figures', { token: a.manager });
  expect(pending.body).toMatchObject({ pendingSince: NOW.toISOString() });
  expect(await refreshQueuedFigures(host.services.store, NOW)).toBe(1);
  await expectAsRecomputed(a.manager);

  // Another process (the milestone job beside the host) writes to the same file.
  const file = host.services.config.store.kind === 'sqlite' ? host.services.config.store.file : '';
  const job = new SqliteRepository(file);
  const caseRecord = (await job.get<Record<string, unknown>>(TENANT_A, 'case', refs.caseId))!;
  await job.write(TENANT_A, [
    { op: 'replace', kind: 'case', id: refs.caseId, body: { ...caseRecord.body, title: 'Jobbet' } },
  ]);
  await job.close();
  await expectAsRecomputed(a.manager);
});

/** A record as read, without the fields the server sets. */
function withoutStamps(body: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, ...input } = body;
  return input;
}
