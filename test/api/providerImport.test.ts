// Provider import and export through HTTP: preview and write all or nothing, matching, re-runs, limits, round trips.
import { csvOf, PROVIDER_IMPORT_HEADERS, providerRow, xlsxOf } from '../support/importFiles';
import { startHost, type TestHost } from './support/host';

let host: TestHost;
let procurement: string;
let caseworker: string;
beforeAll(async () => {
  host = await startHost();
  procurement = await host.token(['procurement']);
  caseworker = await host.token(['caseworker']);
});
afterAll(() => host.stop());

const HEADER = PROVIDER_IMPORT_HEADERS;

const csv = (rows: string[][]) => csvOf(HEADER, rows);
const xlsx = (rows: string[][]) => xlsxOf(HEADER, rows);

async function send(body: string | Buffer, options: { dryRun?: boolean; token?: string } = {}) {
  const response = await fetch(`${host.base}/api/providers/import${options.dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${options.token ?? procurement}`, 'content-type': 'application/octet-stream' },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, body: await response.json() };
}

const search = async (q: string) =>
  (await host.call('GET', `/api/providers?q=${encodeURIComponent(q)}`, { token: caseworker })).body.items as {
    id: string;
    name: string;
  }[];

describe('importing providers', () => {
  it('refuses a case worker', async () => {
    expect((await send(csv([providerRow('Rollebo')]), { token: caseworker })).status).toBe(403);
  });

  it('writes nothing when one row is bad, naming the row and column; the fixed file is written once', async () => {
    const bad = [
      providerRow('Importhuset Skovly'),
      providerRow('Importhuset Skovly', { Tilbud: 'Støtte i eget hjem', Tilbudsid: '7002', Pladser: 'mange' }),
    ];
    const refused = await send(await xlsx(bad));
    expect(refused.status).toBe(200);
    expect(refused.body.written).toBe(false);
    expect(refused.body.rows[1]).toMatchObject({ row: 3, status: 'error' });
    expect(refused.body.rows[1].errors).toEqual([
      'Række 3, kolonne »Pladser«: skal være et helt tal fra 0 til 10.000.',
    ]);
    expect(await search('importhuset')).toEqual([]);

    const fixed = [
      bad[0]!,
      providerRow('Importhuset Skovly', { Tilbud: 'Støtte i eget hjem', Tilbudsid: '7002', Pladser: '6' }),
    ];
    const preview = await send(await xlsx(fixed), { dryRun: true });
    expect(preview.body).toMatchObject({ dryRun: true, written: false, counts: { new: 2, error: 0 } });
    expect(await search('importhuset')).toEqual([]);

    const written = await send(await xlsx(fixed));
    expect(written.body).toMatchObject({ written: true, counts: { new: 2, changed: 0, unchanged: 0, error: 0 } });
    const [found] = await search('importhuset skovly');
    const provider = (await host.call('GET', `/api/providers/${found!.id}`, { token: caseworker })).body;
    expect(provider.offers.map((o: { name: string }) => o.name)).toEqual([
      'Længerevarende ophold',
      'Støtte i eget hjem',
    ]);
    expect(provider.offers[0].rates.map((r: { source: string; amount: number }) => [r.source, r.amount])).toEqual([
      ['list', 2950],
      ['negotiated', 2800],
    ]);

    const again = await send(await xlsx(fixed));
    expect(again.body).toMatchObject({ written: false, counts: { new: 0, changed: 0, unchanged: 2, error: 0 } });
  });

  it('matches by tilbudsid and afdelingsid and keeps the old price in the history', async () => {
    await send(csv([providerRow('Matchgården', { Tilbudsid: '8100', CVR: '30000005' })]));
    const changed = await send(
      csv([providerRow('Matchgården', { Tilbudsid: '8100', CVR: '30000005', 'Forhandlet takst': '2750,50' })]),
    );
    expect(changed.body).toMatchObject({ written: true, counts: { changed: 1 } });
    const [found] = await search('matchgården');
    const provider = (await host.call('GET', `/api/providers/${found!.id}`, { token: caseworker })).body;
    const negotiated = provider.offers[0].rates.find((r: { source: string }) => r.source === 'negotiated');
    expect(negotiated).toMatchObject({ amount: 2750.5, history: [{ amount: 2800, validTo: '2026-02-01' }] });
  });

  it('exports a search in the same column map, and the export imports again unchanged', async () => {
    for (const format of ['xlsx', 'csv']) {
      const response = await fetch(
        `${host.base}/api/providers/export?format=${format}&region=Hovedstaden&paragraph=${encodeURIComponent('SEL §108')}`,
        {
          headers: { authorization: `Bearer ${procurement}` },
        },
      );
      expect(response.status).toBe(200);
      const file = Buffer.from(await response.arrayBuffer());
      const again = await send(file, { dryRun: true });
      expect(again.body.counts.unchanged).toBeGreaterThan(3);
      expect(again.body.counts).toMatchObject({ new: 0, changed: 0, error: 0 });
    }
  });

  it('refuses files that are not CSV or XLSX, over 5 MB or over 5,000 rows, and files without the headers', async () => {
    const pdf = await send(Buffer.from('%PDF-1.7\u0000\u0001binary'));
    expect(pdf.status).toBe(415);
    expect(pdf.body.detail).toMatch(/hverken en CSV- eller en XLSX-fil/);
    const big = await send('x'.repeat(5 * 1024 * 1024 + 10));
    expect(big.status).toBe(413);
    const many = await send(csv(Array.from({ length: 5001 }, (_, i) => providerRow(`Mange ${i}`))));
    expect(many.status).toBe(413);
    expect(many.body.detail).toMatch(/mere end 5000 rækker/);
    const headless = await send('Navn;CVR\nNoget;12345674');
    expect(headless.status).toBe(400);
    expect(headless.body.detail).toMatch(/kolonnerne .*»Tilbudsid«/);
  });

  it('serves the empty template with the column headers', async () => {
    const response = await fetch(`${host.base}/api/providers/import/template?format=csv`, {
      headers: { authorization: `Bearer ${caseworker}` },
    });
    expect(response.status).toBe(200);
    expect((await response.text()).replace(/^\uFEFF/, '').trim()).toBe(HEADER.join(';'));
  });
});
