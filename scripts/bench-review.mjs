// `npm run bench:review`: bundles the recognition's measurement on the provider-written contracts (with the stemmer)
// into a temporary folder and runs it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { build } from 'esbuild';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-review-'));
const outfile = path.join(dir, 'report.cjs');
try {
  await build({
    entryPoints: ['test/support/providerContracts/report.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    alias: { '@koberollen/shared': './shared/src' },
    logLevel: 'warning',
  });
  execFileSync(process.execPath, [outfile], { stdio: 'inherit', cwd: process.cwd() });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
