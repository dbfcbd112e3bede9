// `npm run package -- --base-url https://<host> [--app-id <guid>] [--api-app-id-uri <uri>] [--out-dir dist]`:
// writes the Word add-in manifest (dist/manifest.xml) and the Teams app package (dist/teams-app.zip) for that host.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { addinManifest } from './package/addin.mjs';
import { packageConfig } from './package/config.mjs';
import { teamsManifest, teamsZip } from './package/teams.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const options = packageConfig();
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const outDir = path.resolve(options.outDir);
  mkdirSync(outDir, { recursive: true });

  const addin = addinManifest(ROOT, options, version);
  writeFileSync(path.join(outDir, 'manifest.xml'), addin.xml);
  const teams = teamsManifest(ROOT, options, version);
  writeFileSync(path.join(outDir, 'teams-app.zip'), await teamsZip(ROOT, teams.manifest));

  console.log(`Packages for ${options.baseUrl} (version ${version}) in ${outDir}:`);
  console.log(`  manifest.xml   Word add-in ${addin.id}`);
  console.log(`  teams-app.zip  Teams app ${teams.id} (set TEAMS_APP_ID=${teams.id} on the Functions app)`);
  if (!options.appId) console.log('  No --app-id: single sign-on and Teams activity-feed reminders are left out.');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
