// `npm run bench:import`: sends hostile and large import files to a fresh local host each and prints, per file, the
// answer's status, how long it took, and the host process's peak memory (VmHWM) after it, against its memory when
// idle and its peak from starting (seeding) before it.
// The last line is one JSON object. Linux only (reads /proc).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';

import ExcelJS from 'exceljs';

import { devTenants, devToken, makeDataDir, removeDataDir, startLocalHost } from './support/localHost.mjs';

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

async function xlsx(headers, rows) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ark1');
  for (const row of [headers, ...rows]) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The import's column headers, from the template the host serves. */
async function templateHeaders(host, token) {
  const answer = await fetch(`${host.base}/api/providers/import/template?format=csv`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await answer.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split(';');
}

async function files(headers) {
  const text = (bytes) => (i) => `${i} ${randomBytes(bytes).toString('base64')}`;
  const wide = await xlsx(
    headers,
    Array.from({ length: 100_000 }, () => Array.from({ length: 19 }, (_, c) => c)),
  );
  const csvRows = providerRows(5000, text(670)).map((r) => r.join(';'));
  return [
    { name: 'xlsx 5000 rows of long text', bytes: await xlsx(headers, providerRows(5000, text(940))) },
    { name: 'xlsx 1.9 million cells', bytes: wide },
    { name: 'csv 5000 rows of long text', bytes: Buffer.from([headers.join(';'), ...csvRows].join('\n')) },
  ];
}

/** Starts a fresh host with a procurement token, runs `use`, and stops it. */
async function withHost(use) {
  const dataDir = makeDataDir('bench-import');
  const host = await startLocalHost(dataDir);
  try {
    const [tenant] = await devTenants(host.base);
    return await use(host, await devToken(host.base, tenant.id, tenant.users[0], ['procurement']));
  } finally {
    host.stop();
    removeDataDir(dataDir);
  }
}

async function measure(host, token, file) {
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
  return {
    file: file.name,
    fileMb: Number((file.bytes.length / MB).toFixed(2)),
    status: answer.status,
    ms: Math.round(performance.now() - started),
    reportKb: Math.round(report.length / 1024),
    idleMb: Math.round(idleMb),
    peakBeforeMb: Math.round(peakBeforeMb),
    peakMb: Math.round(peakKb(host.child.pid) / 1024),
  };
}

const headers = await withHost(templateHeaders);
const results = [];
for (const file of await files(headers)) {
  const figures = await withHost((host, token) => measure(host, token, file));
  console.log(JSON.stringify(figures));
  results.push(figures);
}
console.log(JSON.stringify({ importMemory: results }));
