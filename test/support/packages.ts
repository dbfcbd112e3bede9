// Runs `npm run package` (scripts/package.mjs) into a temporary folder and reads back what it wrote.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import JSZip from 'jszip';

export const ROOT = path.resolve(__dirname, '../..');

export interface BuiltPackages {
  /** dist/manifest.xml as text. */
  xml: string;
  /** dist/teams-app.zip as bytes. */
  zipBytes: Buffer;
  /** The zip's entries by name. */
  zip: Map<string, Buffer>;
  /** The zip's manifest.json, parsed. */
  teams: Record<string, any>;
  /** What the script printed. */
  output: string;
}

/** Runs the packaging script with the given arguments and environment; throws with its output when it fails. */
export function runPackage(args: string[], env: Record<string, string> = {}) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-package-'));
  // Only the given settings: the script needs no other environment (node is started by its full path).
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/package.mjs'), '--out-dir', outDir, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, outDir };
}

/** Builds both packages and reads them; the temporary folder is removed again. */
export async function buildPackages(args: string[], env: Record<string, string> = {}): Promise<BuiltPackages> {
  const run = runPackage(args, env);
  try {
    if (run.status !== 0) throw new Error(`npm run package ${args.join(' ')} failed:\n${run.output}`);
    const xml = fs.readFileSync(path.join(run.outDir, 'manifest.xml'), 'utf8');
    const zipBytes = fs.readFileSync(path.join(run.outDir, 'teams-app.zip'));
    const archive = await JSZip.loadAsync(zipBytes);
    const zip = new Map<string, Buffer>();
    for (const entry of Object.values(archive.files)) {
      if (!entry.dir) zip.set(entry.name, await entry.async('nodebuffer'));
    }
    const manifest = zip.get('manifest.json');
    if (!manifest) throw new Error('teams-app.zip has no manifest.json at its root');
    return { xml, zipBytes, zip, teams: JSON.parse(manifest.toString('utf8')), output: run.output };
  } finally {
    fs.rmSync(run.outDir, { recursive: true, force: true });
  }
}
