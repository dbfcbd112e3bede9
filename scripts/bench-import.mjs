// `npm run bench:import`: sends hostile and large import files to a fresh local host each and prints, per file, the
// answer's status, how long it took, and the host process's peak memory (VmHWM) after it, against its memory when
// idle and its peak from starting (seeding) before it. The
// The last line is one JSON object. Linux only (reads /proc).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';

import ExcelJS from 'exceljs';

import { devTenants, devToken, makeDataDir, removeDataDir, startLocalHost } from './support/localHost.mjs';

const HEADERS = [
  'Tilbudsid',
  'Afdelingsid',
  'Leverandør',
  'CVR',
  'Ejerform',
  'Adresse',
  'Postnummer',
  'By',
  'Kommune',
  'Region',
  'Tilbud',
  'Paragraf',
  'Målgrupper',
  'Pladser',
  'Takstenhed',
  'Listetakst',
  'Listetakst dato',
  'Forhandlet takst',
  'Forhandlet dato',
];
const MB = 1024 * 1024;

const peakKb = (pid) => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const rssKb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

/** Rows of provider cells whose `Målgrupper` text is `filler(i)`. */
const providerRows = (count, filler) =>
  Array.from({ length: count }, (_, i) => [
    String(7000 + i),
    '1',
    `Bosted ${i}`,
    '12345674',
    'Privat',
    'Skovvej 2',
    '7100',
    'Vejle',
    'Vejle Kommune',
    'Syddanmark',
    'Længerevarende ophold',
    'SEL §108',
    filler(i),
    '14',
    'døgn',
    '2950',
    '2026-01-05',
    '',
    '',
  ]);

async function xlsx(rows) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ark1');
  for (const row of [HEADERS, ...rows]) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A stored-entry-free zip with one deflated entry claiming `declared` bytes. */
function bomb() {
  const data = zlib.deflateRawSync(Buffer.alloc(64 * MB));
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(1024 * MB, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(1024 * MB, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

async function files() {
  const text = (bytes) => (i) => `${i} ${randomBytes(bytes).toString('base64')}`;
  const wide = await xlsx(Array.from({ length: 100_000 }, () => Array.from({ length: 19 }, (_, c) => c)));
  const csvRows = providerRows(5000, text(670)).map((r) => r.join(';'));
  return [
    { name: 'xlsx 5000 rows of long text', bytes: await xlsx(providerRows(5000, text(940))) },
    { name: 'xlsx 1.9 million cells', bytes: wide },
    { name: 'csv 5000 rows of long text', bytes: Buffer.from([HEADERS.join(';'), ...csvRows].join('\n')) },
    { name: 'zip bomb (1 GB declared)', bytes: bomb() },
  ];
}

const results = [];
for (const file of await files()) {
  const dataDir = makeDataDir('bench-import');
  const host = await startLocalHost(dataDir);
  try {
    const [tenant] = await devTenants(host.base);
    const token = await devToken(host.base, tenant.id, tenant.users[0], ['procurement']);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idleMb = rssKb(host.child.pid) / 1024;
    const peakBeforeMb = peakKb(host.child.pid) / 1024;
    const started = performance.now();
    const answer = await fetch(`${host.base}/api/providers/import?dryRun=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(file.bytes),
    });
    const report = await answer.text();
    const ms = Math.round(performance.now() - started);
    const figures = {
      file: file.name,
      fileMb: Number((file.bytes.length / MB).toFixed(2)),
      status: answer.status,
      ms,
      reportKb: Math.round(report.length / 1024),
      idleMb: Math.round(idleMb),
      peakBeforeMb: Math.round(peakBeforeMb),
      peakMb: Math.round(peakKb(host.child.pid) / 1024),
    };
    console.log(JSON.stringify(figures));
    results.push(figures);
  } finally {
    host.stop();
    removeDataDir(dataDir);
  }
}
console.log(JSON.stringify({ importMemory: results }));
