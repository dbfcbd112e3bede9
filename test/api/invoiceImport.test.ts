// Invoice import through HTTP: rows matched to contracts by id or case reference and CVR, all or nothing, the
// preview's summary, and re-imports that create no duplicates.
import ExcelJS from 'exceljs';

import { contractSetup, createContract, expectStatus, useCaseHost } from './support/caseFixtures';
import { TENANT_A } from './support/host';

const { host, a, b, refs, contract } = useCaseHost('contract');

const HEADER = [
  'Fakturanummer',
  'CVR',
  'Kontrakt-id',
  'Sagsnummer',
  'Periode fra',
  'Periode til',
  'Modtaget',
  'Linjetekst',
  'Takstart',
  'Enhed',
  'Antal',
  'Enhedspris',
  'Beløb',
];

/** Periods of 28 days besides February's, so that invoices of one contract bill different days. */
const JANUARY = { 'Periode fra': '01.01.2026', 'Periode til': '28.01.2026' };
const MARCH = { 'Periode fra': '01.03.2026', 'Periode til': '28.03.2026' };
const MAY = { 'Periode fra': '01.05.2026', 'Periode til': '28.05.2026' };

/** A February 2026 line of 28 days at `price` kr. on the case's contract, found by case reference and CVR. */
function row(invoiceNumber: string, reference: string, price: number, overrides: Record<string, string> = {}) {
  const values: Record<string, string> = {
    Fakturanummer: invoiceNumber,
    CVR: '12345674',
    Sagsnummer: reference,
    'Periode fra': '01.02.2026',
    'Periode til': '28.02.2026',
    Modtaget: '05.03.2026',
    Linjetekst: 'Døgntakst',
    Enhed: 'døgn',
    Antal: '28',
    Enhedspris: price.toLocaleString('da-DK', { minimumFractionDigits: 2 }),
    Beløb: (28 * price).toLocaleString('da-DK', { minimumFractionDigits: 2 }),
    ...overrides,
  };
  return HEADER.map((h) => values[h] ?? '');
}

const csv = (rows: string[][], header = HEADER) => [header, ...rows].map((r) => r.join(';')).join('\n');

async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Fakturaer');
  for (const r of [HEADER, ...rows]) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function send(body: string | Buffer, options: { dryRun?: boolean; token?: string } = {}) {
  const response = await fetch(`${host.base}/api/invoices/import${options.dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${options.token ?? a.finance}`, 'content-type': 'text/csv' },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, body: await response.json() };
}

async function invoicesOf(contractId: string) {
  const answer = await host.call('GET', `/api/invoices?contractId=${contractId}&limit=200`, { token: a.finance });
  return expectStatus(answer, 200).body.items as { id: string; invoiceNumber: string; status: string }[];
}

async function referenceOf(caseId: string): Promise<string> {
  return expectStatus(await host.call('GET', `/api/cases/${caseId}`, { token: a.caseworker }), 200).body.reference;
}

describe('POST /api/invoices/import', () => {
  it('refuses every role but finance', async () => {
    const file = csv([row('F-rolle', 'SAG-x', 2500)]);
    for (const role of ['caseworker', 'negotiator', 'procurement', 'manager', 'admin'] as const) {
      expect((await send(file, { token: a[role] })).status).toBe(403);
    }
  });

  it('writes nothing while a row matches no contract, then previews, writes and re-imports without duplicates', async () => {
    const reference = await referenceOf(refs.caseId);
    const bad = [row('F-imp-1', reference, 2500, JANUARY), row('F-imp-2', 'SAG-findes-ikke', 2700)];
    const refused = await send(csv(bad));
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ written: false, counts: { new: 1, existing: 0, error: 1 } });
    expect(refused.body.rows[1]).toMatchObject({ row: 3, status: 'error', invoiceNumber: 'F-imp-2' });
    expect(refused.body.rows[1].errors).toEqual([
      'Række 3, kolonne »Sagsnummer«: ingen kontrakt hører til sagen »SAG-findes-ikke«.',
    ]);
    expect(await invoicesOf(contract.id)).toEqual([]);

    const fixed = [bad[0]!, row('F-imp-2', reference, 2700, MARCH)];
    const preview = await send(csv(fixed), { dryRun: true });
    expect(preview.body).toMatchObject({
      dryRun: true,
      written: false,
      counts: { new: 2, error: 0 },
      summary: { checked: 2, deviating: 1, amountAtStake: 5600 },
    });
    expect(preview.body.invoices.map((i: { status: string }) => i.status)).toEqual(['matching', 'deviating']);
    expect(await invoicesOf(contract.id)).toEqual([]);

    const written = await send(csv(fixed));
    expect(written.body).toMatchObject({ written: true, summary: { checked: 2, deviating: 1, amountAtStake: 5600 } });
    const stored = await invoicesOf(contract.id);
    expect(stored.map((i) => [i.invoiceNumber, i.status])).toEqual([
      ['F-imp-2', 'deviating'],
      ['F-imp-1', 'matching'],
    ]);

    const again = await send(csv(fixed));
    expect(again.body).toMatchObject({ written: false, counts: { new: 0, existing: 2, error: 0 } });
    expect(again.body.summary).toEqual({ checked: 0, deviating: 0, amountAtStake: 0 });
    expect(await invoicesOf(contract.id)).toHaveLength(2);
  });

  it('flags days billed twice within a file and against the store, and refuses a line it cannot check', async () => {
    const { refs: own } = await contractSetup(host, TENANT_A, a);
    const mine = await createContract(host, a.caseworker, own);
    const byId = { 'Kontrakt-id': mine.id, Sagsnummer: '' };
    expect((await send(csv([row('F-dob-1', '', 2500, byId)]))).status).toBe(200);
    const hour = { ...byId, ...MARCH, Linjetekst: 'Timer', Takstart: 'timetakst', Enhed: 'time', Antal: '5' };
    const refused = await send(
      csv([row('F-dob-2', '', 2500, byId), row('F-time', '', 600, { ...hour, Beløb: '3000' })]),
    );
    expect(refused.body).toMatchObject({ written: false, counts: { new: 1, error: 1 } });
    expect(refused.body.rows[1].errors).toEqual([
      'Række 3, kolonne »Takstart«: kontrakten har ingen timetakst i kraft i perioden 01.03.2026–28.03.2026.',
    ]);
    expect(await invoicesOf(mine.id)).toHaveLength(1);
    const twice = [row('F-dob-2', '', 2500, byId), row('F-dob-3', '', 2500, byId)];
    const preview = await send(csv(twice), { dryRun: true });
    expect(preview.body.invoices.map((i: { status: string; difference: number }) => [i.status, i.difference])).toEqual([
      ['deviating', 70_000],
      ['deviating', 70_000],
    ]);
  });

  it('joins the rows of one invoice into its lines, matches by contract id, and checks the CVR against it', async () => {
    const lines = [
      row('F-linjer', '', 2500, { 'Kontrakt-id': contract.id, Sagsnummer: '' }),
      row('F-linjer', '', 500, { 'Kontrakt-id': contract.id, Linjetekst: 'Særtakst', Takstart: 'særtakst' }),
    ];
    const wrongCvr = row('F-cvr', '', 2500, { 'Kontrakt-id': contract.id, CVR: '30000005' });
    const refused = await send(await xlsx([...lines, wrongCvr]));
    expect(refused.body.rows[2].errors[0]).toMatch(
      /^Række 4, kolonne »CVR«: kontrakten ».+« er indgået med leverandøren med CVR 12345674\.$/,
    );
    expect(refused.body.written).toBe(false);

    const written = await send(await xlsx(lines));
    expect(written.body).toMatchObject({ written: true, counts: { new: 2 }, summary: { checked: 1, deviating: 0 } });
    const [invoice] = (await invoicesOf(contract.id)).filter((i) => i.invoiceNumber === 'F-linjer');
    const read = await host.call('GET', `/api/contracts/${contract.id}/invoices/${invoice!.id}`, { token: a.finance });
    expect(read.body.lines.map((l: { rateType: string }) => l.rateType)).toEqual(['day', 'specialRate']);
    expect(read.body.check.billedTotal).toBe(28 * 2500 + 28 * 500);

    const changed = [lines[0]!, row('F-linjer', '', 600, { 'Kontrakt-id': contract.id, Takstart: 'særtakst' })];
    const conflict = await send(await xlsx(changed));
    expect(conflict.body.rows[0].errors[0]).toContain(
      'allerede registreret med en anden kontrakt, periode eller andre linjer',
    );
  });

  it('names each bad cell, and rows of one invoice that disagree on the period', async () => {
    const reference = await referenceOf(refs.caseId);
    const answer = await send(
      csv([
        row('F-fejl', reference, 2500, { Antal: 'mange', Enhed: 'uge' }),
        row('F-periode', reference, 2500),
        row('F-periode', reference, 500, { 'Periode fra': '02.02.2026', Takstart: 'særtakst' }),
        row('F-tom', '', 2500, { 'Periode til': '31.01.2026' }),
      ]),
    );
    expect(answer.body.rows.map((r: { errors: string[] }) => r.errors)).toEqual([
      [
        'Række 2, kolonne »Enhed«: skriv døgn, måned, time eller pakke.',
        'Række 2, kolonne »Antal«: skal være et tal med højst to decimaler, fx 28 eller 7,5.',
      ],
      ['Række 3: fakturaen har fejl i række 4.'],
      ['Række 4, kolonne »Periode fra«: er en anden dato end i række 3, hvor fakturaen F-periode også står.'],
      [
        'Række 5, kolonne »Kontrakt-id«: udfyld kontraktens id eller kolonnen »Sagsnummer«.',
        'Række 5, kolonne »Periode til«: perioden slutter, før den begynder.',
      ],
    ]);
    const missing = await send(csv([row('F-1', reference, 2500).slice(1)], HEADER.slice(1)));
    expect(missing.status).toBe(400);
    expect(missing.body.detail).toContain('»Fakturanummer«');
    const optional = new Set(['Kontrakt-id', 'Modtaget', 'Takstart']);
    const kept = HEADER.map((h, i) => [h, i] as const).filter(([h]) => !optional.has(h));
    const short = row('F-kort', reference, 2500, MAY);
    const shortFile = csv(
      [kept.map(([, i]) => short[i]!)],
      kept.map(([h]) => h),
    );
    const preview = await send(shortFile, { dryRun: true });
    expect(preview.body).toMatchObject({ counts: { new: 1, error: 0 }, summary: { checked: 1, deviating: 0 } });
  });

  it("takes the case's contract in force in the period when it has several with the provider", async () => {
    const { refs: own } = await contractSetup(host, TENANT_A, a);
    const reference = await referenceOf(own.caseId);
    const old = await createContract(host, a.caseworker, own, { startDate: '2025-01-01', endDate: '2025-12-31' });
    const current = await createContract(host, a.caseworker, own);
    const written = await send(csv([row('F-i-kraft', reference, 2500)]));
    expect(written.body.rows[0]).toMatchObject({ status: 'new', contractId: current.id });
    expect(await invoicesOf(old.id)).toEqual([]);
    await createContract(host, a.caseworker, own, { startDate: '2026-02-01' });
    const ambiguous = await send(csv([row('F-tvetydig', reference, 2500)]));
    expect(ambiguous.body.rows[0].errors[0]).toContain(
      'har 3 kontrakter med leverandøren med CVR 12345674, og 2 af dem',
    );
  });

  it("never matches another tenant's contract", async () => {
    const answer = await send(csv([row('F-b', '', 2500, { 'Kontrakt-id': contract.id })]), { token: b.finance });
    expect(answer.body.rows[0].errors).toEqual([
      `Række 2, kolonne »Kontrakt-id«: ingen kontrakt har id »${contract.id}«.`,
    ]);
  });

  it('serves the template with the column headers', async () => {
    const response = await fetch(`${host.base}/api/invoices/import/template?format=csv`, {
      headers: { authorization: `Bearer ${a.finance}` },
    });
    expect(response.status).toBe(200);
    expect((await response.text()).replace(/^\uFEFF/, '').trim()).toBe(
      [...HEADER, 'Bilagstype', 'Krediterer faktura'].join(';'),
    );
  });
});
