// A CPR number in any spelling is refused by every write and search through HTTP, and by the imports by row and column.
import { fieldLabel } from '@koberollen/shared/domain/fieldLabels';

import { csvOf, PROVIDER_IMPORT_HEADERS, providerImportRecord, rowsOf } from '../support/importFiles';
import { caseBody, expectStatus, invoiceBody, providerBody, useCaseHost } from './support/caseFixtures';
import type { ApiAnswer } from './support/host';
import { clauseInput } from './support/libraryFixtures';

const { host, a, contract } = useCaseHost('contract');

/** The spellings the detector must see through: separators, dashes, full-width digits, a zero-width space. */
const SPELLINGS = [
  '010190 1234',
  '01.01.90-1234',
  '010190/1234',
  '010190\u20131234',
  '010190\u20141234',
  '\uff10\uff11\uff10\uff11\uff19\uff10\uff0d\uff11\uff12\uff13\uff14',
  '0101\u200b901234',
];

/** Expects a 422 problem document that names the field: by its path in the fields map, in Danish in the detail. */
function expectCprRefusal(answer: ApiAnswer, field: string) {
  expect(answer.status).toBe(422);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(Object.keys(answer.body.fields)).toEqual([field]);
  expect(answer.body.detail).toContain(`»${fieldLabel(field)}«`);
  expect(answer.body.detail).toContain('CPR-nummer');
}

describe('CPR numbers in API writes', () => {
  it.each(SPELLINGS)('refuses a case whose target group or paragraph holds %s, and stores nothing', async (cpr) => {
    const reference = `SAG-cpr-${Math.random().toString(36).slice(2, 8)}`;
    for (const [field, value] of [
      ['targetGroup', `Voksne ${cpr}`],
      ['paragraph', `SEL ${cpr}`.slice(0, 40)],
      ['notes', `Borgerens nummer: ${cpr}`],
    ] as const) {
      const answer = await host.call('POST', '/api/cases', {
        token: a.caseworker,
        body: caseBody({ reference, [field]: value }),
      });
      expectCprRefusal(answer, field);
    }
    const found = expectStatus(await host.call('GET', `/api/cases?q=${reference}`, { token: a.caseworker }), 200);
    expect(found.body.items).toEqual([]);
  });

  it.each(SPELLINGS)("refuses an offer's target groups and methods holding %s", async (cpr) => {
    const body = providerBody();
    const targetGroups = { ...body, offers: [{ ...body.offers[0], targetGroups: ['Voksne', cpr] }] };
    const groups = await host.call('POST', '/api/providers', { token: a.procurement, body: targetGroups });
    expectCprRefusal(groups, 'offers.0.targetGroups.1');
    const methods = { ...body, offers: [{ ...body.offers[0], methods: [`Metode ${cpr}`] }] };
    expectCprRefusal(
      await host.call('POST', '/api/providers', { token: a.procurement, body: methods }),
      'offers.0.methods.0',
    );
    const portal = { ...body, offers: [{ ...body.offers[0], tilbudsportalen: { tilbudsid: cpr, afdelingsid: '1' } }] };
    expectCprRefusal(
      await host.call('POST', '/api/providers', { token: a.procurement, body: portal }),
      'offers.0.tilbudsportalen.tilbudsid',
    );
  });

  it.each(SPELLINGS)("refuses a clause's recognition phrase holding %s", async (cpr) => {
    const body = clauseInput({ recognitionPhrases: ['takstgrundlag', `cpr ${cpr}`] });
    expectCprRefusal(await host.call('POST', '/api/clauses', { token: a.procurement, body }), 'recognitionPhrases.1');
  });

  it.each(SPELLINGS)('refuses an invoice number holding %s', async (cpr) => {
    const answer = await host.call('POST', `/api/contracts/${contract.id}/invoices`, {
      token: a.finance,
      body: invoiceBody(2500, { invoiceNumber: cpr }),
    });
    expectCprRefusal(answer, 'invoiceNumber');
  });

  it('refuses a search for a CPR number, but not an id in the path', async () => {
    expectCprRefusal(
      await host.call('GET', `/api/cases?q=${encodeURIComponent('010190 1234')}`, { token: a.caseworker }),
      'q',
    );
    expect((await host.call('GET', '/api/cases/0101901234', { token: a.caseworker })).status).toBe(404);
  });

  it('accepts amounts, dates, phone, CVR and case numbers', async () => {
    const notes = 'Takst 2.885,50 kr. fra 01.02.2026, tlf. +45 12 34 56 78, CVR 12345674, sag 2026-00123.';
    expectStatus(await host.call('POST', '/api/cases', { token: a.caseworker, body: caseBody({ notes }) }), 201);
  });
});

describe('CPR numbers in imports', () => {
  const row = (overrides: Record<string, string>) =>
    rowsOf(PROVIDER_IMPORT_HEADERS, [providerImportRecord('Cprtjek Bosted', { Tilbudsid: '7301', ...overrides })])[0]!;

  async function importProviders(file: string) {
    const response = await fetch(`${host.base}/api/providers/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.procurement}`, 'content-type': 'text/csv' },
      body: file,
    });
    return { status: response.status, body: await response.json() };
  }

  it.each(['Målgrupper', 'Paragraf', 'Tilbudsid', 'Afdelingsid', 'Leverandør'])(
    'refuses a provider file with a CPR number in "%s", naming the row and column, and writes nothing',
    async (column) => {
      const rows = [row({}), row({ [column]: 'Borger 010190\u20131234' })];
      const answer = await importProviders(csvOf(PROVIDER_IMPORT_HEADERS, rows));
      expect(answer.body.written).toBe(false);
      expect(answer.body.rows[1].errors).toEqual([
        expect.stringMatching(new RegExp(`^Række 3, kolonne »${column}«: ser ud til at indeholde et CPR-nummer`)),
      ]);
      const found = await host.call('GET', '/api/providers?q=cprtjek', { token: a.procurement });
      expect(found.body.items).toEqual([]);
    },
  );

  it('refuses an invoice file with a CPR number as invoice number, naming the row and column', async () => {
    const header = ['Fakturanummer', 'CVR', 'Kontrakt-id', 'Periode fra', 'Periode til', 'Linjetekst', 'Enhed'];
    const rest = ['Antal', 'Enhedspris', 'Beløb'];
    const line = ['010190 1234', '12345674', contract.id, '01.02.2026', '28.02.2026', 'Døgntakst', 'døgn'];
    const file = csvOf([...header, ...rest], [[...line, '28', '2.500,00', '70.000,00']]);
    const response = await fetch(`${host.base}/api/invoices/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.finance}`, 'content-type': 'text/csv' },
      body: file,
    });
    const body = await response.json();
    expect(body.written).toBe(false);
    expect(JSON.stringify(body)).toMatch(/Række 2, kolonne »Fakturanummer«: ser ud til at indeholde et CPR-nummer/);
  });
});
