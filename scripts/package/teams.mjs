// The Teams app package for one deployment: manifest.json from manifest/teams/manifest.template.json and both icons.
import { readFileSync } from 'node:fs';

import JSZip from 'jszip';

import { fill } from './fill.mjs';
import { TEAMS_NAMESPACE, uuidV5 } from './ids.mjs';

/** Fills every string of a JSON value; field values are JSON-escaped, so any base URL stays valid JSON. */
function fillJson(value, fields) {
  if (typeof value === 'string') return fill(value, fields);
  if (Array.isArray(value)) return value.map((item) => fillJson(item, fields));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillJson(item, fields)]));
  }
  return value;
}

/** The Teams manifest object and its id for the given packaging options and product version. */
export function teamsManifest(rootDir, options, version) {
  const template = JSON.parse(readFileSync(`${rootDir}/manifest/teams/manifest.template.json`, 'utf8'));
  const id = uuidV5(TEAMS_NAMESPACE, options.baseUrl);
  const manifest = fillJson(template, { BASE_URL: options.baseUrl, HOST: options.host, ID: id, VERSION: version });
  // Single sign-on and activity-feed notifications both need the Entra app; without it the package is local-only.
  if (options.appId) manifest.webApplicationInfo = { id: options.appId, resource: options.apiAppIdUri };
  else delete manifest.activities;
  return { id, manifest };
}

/** The zip Teams uploads: manifest.json and the two icons at its root, with fixed timestamps so builds compare. */
export async function teamsZip(rootDir, manifest) {
  const zip = new JSZip();
  const date = new Date('2000-01-01T00:00:00Z');
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  for (const icon of new Set([manifest.icons.color, manifest.icons.outline])) {
    zip.file(icon, readFileSync(`${rootDir}/manifest/teams/${icon}`), { date });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
}
