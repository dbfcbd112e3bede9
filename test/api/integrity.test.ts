// Integrity of writes through HTTP: references exist in the municipality, ranges run forwards, years are plausible,
// required text is not blank, and no NUL or lone surrogate is stored; each refusal a Danish problem naming the field.
import {
  caseBody,
  contractBody,
  contractSetup,
  expectStatus,
  invoiceBody,
  providerBody,
  useCaseHost,
} from './support/caseFixtures';
import { TENANT_B } from './support/host';

const { host, a, b, refs, contract } = useCaseHost('contract');

/** Expects a 400 problem document whose fields are exactly the given paths, each with a Danish message. */
async function expectRefused(answer: Promise<{ status: number; body: any }>, fields: string[]) {
  const { status, body } = await answer;
  expect(status).toBe(400);
  expect(body.type).toBe('about:blank');
  expect(Object.keys(body.fields).sort()).toEqual([...fields].sort());
  for (const message of Object.values<string>(body.fields)) expect(message).toMatch(/[a-zæøå]/);
}

const postCase = (body: unknown) => host.call('POST', '/api/cases', { token: a.caseworker, body });
const postContract = (overrides: Record<string, unknown>) =>
  host.call('POST', '/api/contracts', { token: a.negotiator, body: contractBody(refs, overrides) });

describe('references', () => {
  it("refuses a case's chosen offer or alternative that the municipality's catalogue does not have", async () => {
    const other = await contractSetup(host, TENANT_B, b);
    const chosen = (providerId: string, offerId: string) => caseBody({ chosenOffer: { providerId, offerId } });
    await expectRefused(postCase(chosen('no-such-provider', 'bo-107')), ['chosenOffer.providerId']);
    await expectRefused(postCase(chosen(other.refs.providerId, 'bo-107')), ['chosenOffer.providerId']);
    await expectRefused(postCase(chosen(refs.providerId, 'no-such-offer')), ['chosenOffer.offerId']);
    const alternatives = [
      { providerId: refs.providerId, offerId: 'bo-107' },
      { providerId: 'gone', offerId: 'x' },
    ];
    await expectRefused(postCase(caseBody({ alternatives })), ['alternatives.1.providerId']);
    expectStatus(await postCase(chosen(refs.providerId, refs.offerId)), 201);
  });

  it('refuses a contract built from a clause version the library does not have', async () => {
    const clauses = expectStatus(await host.call('GET', '/api/clauses?limit=200', { token: a.negotiator }), 200);
    const published = (clauses.body.items as { id: string; version: number }[]).find((c) => c.version > 0)!;
    const versions = [
      { clauseId: published.id, version: published.version },
      { clauseId: published.id, version: published.version + 1 },
      { clauseId: 'no-such-clause', version: 1 },
    ];
    await expectRefused(postContract({ clauseVersions: versions }), ['clauseVersions.1', 'clauseVersions.2']);
    expectStatus(await postContract({ clauseVersions: versions.slice(0, 1) }), 201);
  });
});

describe('dates', () => {
  it('refuses a contract ending before it starts, a rate valid to before it is valid from, a special rate ending before it starts', async () => {
    await expectRefused(postContract({ startDate: '2026-05-01', endDate: '2026-04-30' }), ['endDate']);
    const rates = [{ type: 'day', label: 'Døgntakst', amount: 2500, validFrom: '2026-02-01', validTo: '2026-01-31' }];
    await expectRefused(postContract({ rates }), ['rates.0.validTo']);
    const specialRate = {
      type: 'day',
      amount: 500,
      reason: 'Nattevagt',
      startDate: '2026-03-01',
      endDate: '2026-02-01',
    };
    await expectRefused(postContract({ specialRate }), ['specialRate.endDate']);
    expectStatus(await postContract({ startDate: '2026-05-01', endDate: '2026-05-01' }), 201);
  });

  it("refuses an offer's rate or its history running backwards, and an invoice period ending before it starts", async () => {
    const body = providerBody();
    const rate = {
      id: 'dag',
      type: 'day',
      label: 'Døgntakst',
      amount: 2500,
      negotiatedAt: '2025-12-01',
      source: 'list',
    };
    const backwards = { ...rate, validFrom: '2026-01-01', validTo: '2025-12-31' };
    const offers = [{ ...body.offers[0], rates: [backwards] }];
    await expectRefused(host.call('POST', '/api/providers', { token: a.procurement, body: { ...body, offers } }), [
      'offers.0.rates.0.validTo',
    ]);
    const history = [{ ...rate, ...backwards, id: undefined, type: undefined, label: undefined }];
    const withHistory = [{ ...body.offers[0], rates: [{ ...rate, validFrom: '2026-01-01', history }] }];
    await expectRefused(
      host.call('POST', '/api/providers', { token: a.procurement, body: { ...body, offers: withHistory } }),
      ['offers.0.rates.0.history.0.validTo'],
    );
    const invoice = invoiceBody(2500, { periodFrom: '2026-02-28', periodTo: '2026-02-01' });
    await expectRefused(
      host.call('POST', `/api/contracts/${contract.id}/invoices`, { token: a.finance, body: invoice }),
      ['periodTo'],
    );
  });

  it('refuses years before 1900 and after 2200', async () => {
    await expectRefused(postContract({ startDate: '0001-01-01', endDate: '9999-12-31' }), ['startDate', 'endDate']);
    const answer = await postContract({ startDate: '1899-12-31' });
    expect(answer.body.fields.startDate).toBe('Årstallet skal ligge mellem 1900 og 2200.');
    expectStatus(await postContract({ startDate: '1900-01-01', endDate: '2200-12-31' }), 201);
  });
});

describe('text', () => {
  it('refuses required text that is blank after trimming', async () => {
    await expectRefused(postCase(caseBody({ title: ' ', targetGroup: '\t\n' })), ['title', 'targetGroup']);
    const body = providerBody();
    await expectRefused(host.call('POST', '/api/providers', { token: a.procurement, body: { ...body, name: '   ' } }), [
      'name',
    ]);
  });

  it('refuses NUL characters and lone surrogates anywhere, and stores nothing', async () => {
    const reference = `SAG-nul-${Date.now().toString(36)}`;
    await expectRefused(postCase(caseBody({ reference, notes: 'før\u0000efter' })), ['notes']);
    await expectRefused(postCase(caseBody({ reference, title: 'Halvt tegn \ud83d' })), ['title']);
    await expectRefused(postCase(caseBody({ reference, assignee: { userId: 'cw-1', name: '\udc00' } })), [
      'assignee.name',
    ]);
    const found = expectStatus(await host.call('GET', `/api/cases?q=${reference}`, { token: a.caseworker }), 200);
    expect(found.body.items).toEqual([]);
    expectStatus(await postCase(caseBody({ reference, title: 'Hele tegn 😀 ok' })), 201);
  });
});
