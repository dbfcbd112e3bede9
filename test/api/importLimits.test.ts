// Imports at bounded cost: zip bombs, lying zips, long shared strings, too many rows or cells, formulas, error reports.
import ExcelJS from 'exceljs';

import { csvOf, PROVIDER_IMPORT_HEADERS as HEADER, providerRow } from '../support/importFiles';
import { sharedRow, workbookOf, zipOf } from '../support/zipFiles';
import { startHost, type TestHost } from './support/host';

let host: TestHost;
let procurement: string;
beforeAll(async () => {
  host = await startHost();
  procurement = await host.token(['procurement']);
});
afterAll(() => host.stop());

async function send(body: string | Buffer, path = '/api/providers/import?dryRun=true') {
  const started = performance.now();
  const response = await fetch(`${host.base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${procurement}`, 'content-type': 'application/octet-stream' },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), bytes: text.length, ms: performance.now() - started };
}

/** Shared-string indexes of the header row: strings 0..18 are the headers. */
const headerRow = sharedRow(
  1,
  HEADER.map((_, i) => i),
);

describe('zip bombs', () => {
  it('refuses a workbook that unpacks to 1 GB with 413 in under a second, before parsing it', async () => {
    const bomb = zipOf([
      ...workbookOf(headerRow, HEADER),
      { name: 'xl/media/padding.bin', data: Buffer.alloc(64 * 1024 * 1024), declaredSize: 1024 * 1024 * 1024 },
    ]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const answer = await send(bomb);
    expect(answer.status).toBe(413);
    expect(answer.body.detail).toMatch(/fylder for meget, når det pakkes ud/);
    expect(answer.ms).toBeLessThan(1000);
  });

  it('refuses a workbook whose zip understates what an entry unpacks to', async () => {
    const liar = zipOf([
      ...workbookOf(headerRow, HEADER),
      { name: 'xl/media/padding.bin', data: Buffer.alloc(40 * 1024 * 1024), declaredSize: 1000 },
    ]);
    const answer = await send(liar);
    expect(answer.status).toBe(413);
  });
});

describe('long shared strings', () => {
  it('answers a cell longer than Excel allows with 400 naming row and column, not 500', async () => {
    const long = 'x'.repeat(40_000);
    const rows = Array.from({ length: 2000 }, (_, i) => sharedRow(i + 2, [HEADER.length, HEADER.length]));
    const answer = await send(zipOf(workbookOf(headerRow + rows.join(''), [...HEADER, long])));
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toMatch(/^Række 2, kolonne 1: cellen har mere end 32\.767 tegn/);
  });

  it('keeps the report small when every row repeats one long invalid text', async () => {
    const long = 'Ø'.repeat(30_000);
    const rows = Array.from({ length: 5000 }, (_, i) =>
      sharedRow(i + 2, [HEADER.length, HEADER.length, HEADER.length]),
    );
    const answer = await send(zipOf(workbookOf(headerRow + rows.join(''), [...HEADER, long])));
    expect(answer.status).toBe(200);
    expect(answer.body.counts.error).toBe(5000);
    expect(answer.bytes).toBeLessThan(3 * 1024 * 1024);
    const shown = answer.body.rows.reduce((n: number, r: { errors: string[] }) => n + r.errors.length, 0);
    expect(shown).toBe(100);
    expect(answer.body.omittedErrors).toBeGreaterThan(4900);
    expect(answer.body.rows[0].provider.length).toBeLessThanOrEqual(200);
  });
});

describe('rows and cells', () => {
  it('stops reading an XLSX at the row limit with 413', async () => {
    const names = HEADER.map((_, i) => HEADER.length + i);
    const rows = Array.from({ length: 5001 }, (_, i) => sharedRow(i + 2, names));
    const answer = await send(zipOf(workbookOf(headerRow + rows.join(''), [...HEADER, ...providerRow('Bostedet Eg')])));
    expect(answer.status).toBe(413);
    expect(answer.body.detail).toBe('Filen har mere end 5000 rækker; højst 5000 kan indlæses ad gangen.');
  });

  it('refuses a sheet of more filled cells than any import reads with 413', async () => {
    const wide = Array.from({ length: 300 }, (_, i) => i % HEADER.length);
    const rows = Array.from({ length: 1100 }, (_, i) => sharedRow(i + 2, wide.slice(0, 199)));
    const answer = await send(zipOf(workbookOf(headerRow + rows.join(''), HEADER)));
    expect(answer.status).toBe(413);
    expect(answer.body.detail).toMatch(/flere end 200\.040 udfyldte celler/);
  });
});

describe('formulas', () => {
  it('refuses CSV cells a spreadsheet would run, naming row and column', async () => {
    const answer = await send(
      csvOf(HEADER, [providerRow('Bostedet Eg'), providerRow('=HYPERLINK("https://evil.example";"Klik")')]),
    );
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toMatch(/læser som formler .*: række 3, kolonne »Leverandør«\. Ret cellerne/);
  });

  it('refuses XLSX formula cells, naming row and column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ark1');
    sheet.addRow(HEADER);
    sheet.addRow(providerRow('Bostedet Eg'));
    sheet.getCell('C2').value = {
      formula: 'HYPERLINK("https://evil.example","Klik")',
      result: 'Klik',
    };
    const answer = await send(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toMatch(/^Regnearket har celler med formler: række 2, kolonne »Leverandør«/);
  });

  it('imports a neutralised cell as its text, exports it neutralised and reads it back unchanged', async () => {
    const name = '=Bostedet Formel';
    const path = '/api/providers/import';
    const written = await send(csvOf(HEADER, [providerRow(`'${name}`)]), path);
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ written: true, counts: { new: 1 } });
    const exported = await fetch(
      `${host.base}/api/providers/export?format=csv&q=${encodeURIComponent('Bostedet Formel')}`,
      {
        headers: { authorization: `Bearer ${procurement}` },
      },
    );
    const text = await exported.text();
    expect(text).toContain(`;'${name};`);
    expect(text).not.toMatch(/(^|;)=/m);
    const again = await send(text);
    expect(again.status).toBe(200);
    expect(again.body.counts).toMatchObject({ new: 0, changed: 0, unchanged: 1, error: 0 });
  });
});
