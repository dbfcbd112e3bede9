// The local host fails closed: without AUTH_MODE=local and without Entra settings it refuses to start.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { spawnBuiltHost } from './support/host';

it('exits non-zero within a few seconds, naming the missing settings, and serves nothing', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-entra-'));
  const started = Date.now();
  const { child, output } = spawnBuiltHost({ PORT: '0', DATA_DIR: dataDir });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  fs.rmSync(dataDir, { recursive: true, force: true });
  expect(code).not.toBe(0);
  expect(code).not.toBeNull();
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(output()).toContain('ENTRA_AUDIENCE, ENTRA_ISSUER, ENTRA_JWKS_URI');
  expect(output()).not.toContain('is running');
});
