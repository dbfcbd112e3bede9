// The Word add-in manifest `npm run package` writes validates against Microsoft's XSDs and points at the base URL.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import packageJson from '../package.json';
import { buildPackages, ROOT } from './support/packages';
import { readPng } from './support/png';

const at = (...parts: string[]) => path.join(ROOT, ...parts);
const BASE = 'https://koeberollen.example.dk/app';
const APP_ID = '6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b';
const LOCAL = 'https://localhost:7071';

const xmllint = spawnSync('xmllint', ['--version']);
const haveXmllint = !xmllint.error;
if (!haveXmllint) {
  if (process.env.REQUIRE_E2E === '1')
    throw new Error('xmllint is missing (apt-get install libxml2-utils); REQUIRE_E2E=1 requires it');
  console.log('Skipping the XSD validation of the add-in manifest: xmllint not found (apt-get install libxml2-utils).');
}
const itWithXmllint = haveXmllint ? it : it.skip;

/** Validates XML text against the XSDs, rewritten in a temp copy as manifest/schemas/SOURCES.md describes. */
function xsdValidate(text: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-xsd-'));
  try {
    for (const name of fs.readdirSync(at('manifest/schemas/office-addin'))) {
      const xsd = fs
        .readFileSync(at('manifest/schemas/office-addin', name), 'utf8')
        .replaceAll('xmlns:xs="https://www.w3.org/2001/XMLSchema"', 'xmlns:xs="http://www.w3.org/2001/XMLSchema"')
        .replaceAll('{0,3}?', '{0,3}');
      fs.writeFileSync(path.join(dir, name), xsd);
    }
    fs.writeFileSync(path.join(dir, 'manifest.xml'), text);
    const run = spawnSync('xmllint', ['--noout', '--schema', 'OfficeAppManifestV1_1.xsd', 'manifest.xml'], {
      cwd: dir,
      encoding: 'utf8',
    });
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every URL-valued attribute and element of the manifest (XML namespaces aside). */
function urlsIn(xml: string): string[] {
  const attributes = [...xml.matchAll(/DefaultValue="([a-z]+:\/\/[^"]*)"/gi)].map((match) => match[1]!);
  const elements = [...xml.matchAll(/<(?:AppDomain|Resource)>([^<]*)<\//g)].map((match) => match[1]!);
  return [...attributes, ...elements];
}

describe('Word add-in manifest', () => {
  let deployed: string;
  let local: string;
  beforeAll(async () => {
    const built = await Promise.all([buildPackages(['--base-url', BASE, '--app-id', APP_ID]), buildPackages([])]);
    deployed = built[0].xml;
    local = built[1].xml;
  });

  itWithXmllint('validates against the Office add-in XSDs, with and without single sign-on', () => {
    for (const xml of [deployed, local]) {
      const result = xsdValidate(xml);
      expect(result.output).toContain('manifest.xml validates');
      expect(result.ok).toBe(true);
    }
  });

  itWithXmllint('is rejected by the same XSDs when broken, so the validation is real', () => {
    expect(xsdValidate(deployed.replace('<DefaultLocale>da-DK</DefaultLocale>', '')).ok).toBe(false);
    expect(xsdValidate(deployed.replace(`<Id>${APP_ID}</Id>`, '<Id>not-a-guid</Id>')).ok).toBe(false);
    expect(
      xsdValidate(
        deployed.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'),
      ).ok,
    ).toBe(false);
  });

  it('is a Danish Word task pane opened from its own group on the Home tab, at the product version', () => {
    expect(deployed).toContain('xsi:type="TaskPaneApp"');
    expect(deployed).toContain('<Host Name="Document"/>');
    expect(deployed).toContain('<DefaultLocale>da-DK</DefaultLocale>');
    expect(deployed).toMatch(/<OfficeTab id="TabHome">\s*<Group id="Koberollen.Group">/);
    expect(deployed).toContain('<Action xsi:type="ShowTaskpane">');
    expect(deployed).toContain(`<SourceLocation DefaultValue="${BASE}/addin/taskpane.html"/>`);
    expect(deployed).toContain(`<Version>${packageJson.version}.0</Version>`);
    expect(deployed).not.toMatch(/\{\{|\}\}/);
  });

  it('names the Entra app for single sign-on and allows the sign-in domain', () => {
    expect(deployed).toMatch(
      new RegExp(`<WebApplicationInfo>\\s*<Id>${APP_ID}</Id>\\s*<Resource>api://koeberollen.example.dk/${APP_ID}<`),
    );
    expect(deployed).toContain('<AppDomain>https://login.microsoftonline.com</AppDomain>');
    expect(local).not.toContain('<WebApplicationInfo>');
  });

  it('points every URL at the base URL over HTTPS', () => {
    for (const [xml, base] of [
      [deployed, BASE],
      [local, LOCAL],
    ] as const) {
      const urls = urlsIn(xml).filter((url) => url !== 'https://login.microsoftonline.com' && !url.startsWith('api:'));
      expect(urls.length).toBeGreaterThanOrEqual(9);
      for (const url of urls) expect({ url, onBase: url.startsWith(`${base}/`) }).toEqual({ url, onBase: true });
    }
  });

  it('keeps its id between builds and gives each base URL its own', async () => {
    const idOf = (xml: string) => /<Id>([0-9a-f-]{36})<\/Id>/.exec(xml)?.[1];
    const again = await buildPackages(['--base-url', BASE, '--app-id', APP_ID]);
    expect(again.xml).toBe(deployed);
    expect(idOf(deployed)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(idOf(local)).not.toBe(idOf(deployed));
  });

  it('names icons that Vite copies from addin/public/assets, each of the size it claims', () => {
    const icons = [...local.matchAll(/https:\/\/localhost:7071\/addin\/assets\/icon-(\d+)\.png/g)];
    expect(new Set(icons.map((match) => match[1]))).toEqual(new Set(['16', '32', '64', '80']));
    for (const [, size] of icons) {
      const png = readPng(fs.readFileSync(at(`addin/public/assets/icon-${size}.png`)));
      expect([png.width, png.height]).toEqual([Number(size), Number(size)]);
    }
  });
});

describe('icons', () => {
  it('are exactly what scripts/make-icons.mjs draws', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-icons-'));
    try {
      const run = spawnSync(process.execPath, [at('scripts/make-icons.mjs'), dir], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      const made = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
      expect(made.length).toBeGreaterThanOrEqual(8);
      for (const entry of made) {
        const relative = path.relative(dir, path.join(entry.parentPath, entry.name));
        const same = fs.readFileSync(at(relative)).equals(fs.readFileSync(path.join(dir, relative)));
        expect({ relative, same }).toEqual({ relative, same: true });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
