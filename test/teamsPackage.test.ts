// The Teams app package `npm run package` writes: valid against Microsoft's schema, on the base URL, stable ids.
import fs from 'node:fs';
import path from 'node:path';

import Ajv from 'ajv-draft-04';

import packageJson from '../package.json';
import { buildPackages, ROOT, runPackage } from './support/packages';
import { readPng } from './support/png';

const BASE = 'https://koeberollen.example.dk';
const APP_ID = '6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const VIEWS = ['leverandoerer', 'sager', 'kontrakter', 'overblik', 'klausuler'];

const schema = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'manifest/schemas/teams-v1.17/MicrosoftTeams.schema.json'), 'utf8'),
);
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('uri', (value: string) => URL.canParse(value));
const validate = ajv.compile(schema);

/** Every string in a JSON value that is an absolute URL, with its path in the document. */
function urlsIn(value: unknown, at = ''): { at: string; url: string }[] {
  if (typeof value === 'string') return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? [{ at, url: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => urlsIn(item, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => urlsIn(v, `${at}.${k}`));
  return [];
}

describe('Teams app package', () => {
  let deployed: Awaited<ReturnType<typeof buildPackages>>;
  let local: Awaited<ReturnType<typeof buildPackages>>;
  beforeAll(async () => {
    [deployed, local] = await Promise.all([buildPackages(['--base-url', BASE, '--app-id', APP_ID]), buildPackages([])]);
  });

  it('validates against the v1.17 schema, with and without an Entra app', () => {
    for (const { teams } of [deployed, local]) {
      expect(teams.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json');
      expect(validate(teams) ? [] : validate.errors).toEqual([]);
    }
  });

  it('is rejected by the same schema when broken, so the validation is real', () => {
    const { teams } = deployed;
    expect(validate({ ...teams, accentColor: 'blue' })).toBe(false);
    expect(validate({ ...teams, webApplicationInfo: { id: 'not-a-guid' } })).toBe(false);
    expect(validate({ ...teams, configurableTabs: [{ ...teams.configurableTabs[0], scopes: ['personal'] }] })).toBe(
      false,
    );
  });

  it('holds manifest.json and both icons at the zip root and nothing else', () => {
    expect([...deployed.zip.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(deployed.teams.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });

  it('ships a 192×192 colour icon and a 32×32 outline icon, white on transparent', () => {
    const color = readPng(deployed.zip.get('color.png')!);
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(deployed.zip.get('outline.png')!);
    expect([outline.width, outline.height, outline.hasAlpha]).toEqual([32, 32, true]);
    let drawn = 0;
    let transparent = 0;
    for (let i = 0; i < outline.rgba.length; i += 4) {
      if (outline.rgba[i + 3] === 0) {
        transparent++;
        continue;
      }
      drawn++;
      expect([outline.rgba[i], outline.rgba[i + 1], outline.rgba[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(drawn).toBeGreaterThan(100);
    expect(transparent).toBeGreaterThan(100);
  });

  it('offers the five views as personal tabs and a configurable tab for channels and chats', () => {
    const { teams } = deployed;
    expect(teams.staticTabs.map((tab: any) => tab.contentUrl).sort()).toEqual(
      VIEWS.map((view) => `${BASE}/teams/#/${view}`).sort(),
    );
    for (const tab of teams.staticTabs) expect(tab.scopes).toEqual(['personal']);
    expect(teams.configurableTabs).toEqual([
      expect.objectContaining({ configurationUrl: `${BASE}/teams/#/konfiguration`, scopes: ['team', 'groupChat'] }),
    ]);
  });

  it('names the Entra app, its domain and what it needs for reminders and team members', () => {
    const { teams } = deployed;
    expect(teams.webApplicationInfo).toEqual({ id: APP_ID, resource: `api://koeberollen.example.dk/${APP_ID}` });
    expect(teams.validDomains).toEqual(['koeberollen.example.dk']);
    expect(teams.activities.activityTypes.map((type: any) => type.type).sort()).toEqual([
      'milestoneDueSoon',
      'milestoneOverdue',
    ]);
    expect(teams.authorization.permissions.resourceSpecific).toEqual(
      expect.arrayContaining([{ name: 'TeamsActivity.Send.User', type: 'Application' }]),
    );
  });

  it('leaves single sign-on and reminders out of a local package built without an app id', () => {
    expect(local.teams.webApplicationInfo).toBeUndefined();
    expect(local.teams.activities).toBeUndefined();
    expect(local.teams.validDomains).toEqual(['localhost']);
    expect(local.output).toContain('No --app-id');
  });

  it('points every URL at the base URL over HTTPS', () => {
    for (const [{ teams }, base] of [
      [deployed, BASE],
      [local, 'https://localhost:7071'],
    ] as const) {
      const urls = urlsIn(teams).filter(({ at }) => at !== '.$schema' && at !== '.webApplicationInfo.resource');
      expect(urls.length).toBeGreaterThanOrEqual(9);
      for (const { at, url } of urls) expect({ at, url: url.startsWith(`${base}/`) }).toEqual({ at, url: true });
    }
  });

  it('keeps its id between builds, gives each base URL its own, and carries the product version', async () => {
    const again = await buildPackages(['--base-url', BASE, '--app-id', APP_ID]);
    expect(again.zipBytes.equals(deployed.zipBytes)).toBe(true);
    expect(deployed.teams.id).toMatch(GUID);
    expect(local.teams.id).toMatch(GUID);
    expect(local.teams.id).not.toBe(deployed.teams.id);
    expect(deployed.teams.version).toBe(packageJson.version);
    expect(deployed.output).toContain(`TEAMS_APP_ID=${deployed.teams.id}`);
  });

  it('reads the base URL and the Entra ids from the environment when no argument names them', async () => {
    const fromEnv = await buildPackages([], { PACKAGE_BASE_URL: BASE, ENTRA_APP_ID: APP_ID });
    expect(fromEnv.zipBytes.equals(deployed.zipBytes)).toBe(true);
    const custom = await buildPackages(['--base-url', BASE, '--app-id', APP_ID, '--api-app-id-uri', 'api://x/y']);
    expect(custom.teams.webApplicationInfo.resource).toBe('api://x/y');
  });

  it('refuses a base URL without HTTPS and a hosted base URL without an app id', () => {
    const http = runPackage(['--base-url', 'http://koeberollen.example.dk', '--app-id', APP_ID]);
    expect([http.status, http.output]).toEqual([1, expect.stringContaining('must use https')]);
    const noApp = runPackage(['--base-url', BASE]);
    expect([noApp.status, noApp.output]).toEqual([1, expect.stringContaining('--app-id')]);
    const badApp = runPackage(['--base-url', BASE, '--app-id', 'nope']);
    expect([badApp.status, badApp.output]).toEqual([1, expect.stringContaining('must be a GUID')]);
    for (const run of [http, noApp, badApp]) fs.rmSync(run.outDir, { recursive: true, force: true });
  });
});
