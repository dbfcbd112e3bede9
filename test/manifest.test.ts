// The Teams and Office manifests validate against Microsoft's schemas and point at icons and pages that exist.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

import Ajv from 'ajv-draft-04';

import packageJson from '../package.json';

const ROOT = path.resolve(__dirname, '..');
const at = (...parts: string[]) => path.join(ROOT, ...parts);
const LOCAL_ORIGIN = 'https://localhost:7071';

interface Png {
  width: number;
  height: number;
  /** RGBA bytes, row by row (only 8-bit RGBA files are decoded). */
  rgba?: Buffer;
}

/** Reads a PNG's header and, for 8-bit RGBA without interlacing, its pixels. */
function readPng(file: string): Png {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const [depth, colorType, , , interlace] = bytes.subarray(24, 29);
  if (depth !== 8 || colorType !== 6 || interlace !== 0) return { width, height };
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    if (bytes.toString('ascii', offset + 4, offset + 8) === 'IDAT')
      chunks.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  return { width, height, rgba: unfilter(zlib.inflateSync(Buffer.concat(chunks)), width, height) };
}

/** Undoes the five PNG row filters for 4 bytes per pixel. */
function unfilter(data: Buffer, width: number, height: number): Buffer {
  const stride = width * 4;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const raw = data[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? out[y * stride + x - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter ?? 0] ?? 0;
      out[y * stride + x] = (raw + predictor) & 0xff;
    }
  }
  return out;
}

describe('Teams app manifest', () => {
  const manifest = JSON.parse(fs.readFileSync(at('manifest/teams/manifest.json'), 'utf8'));
  const schema = JSON.parse(fs.readFileSync(at('manifest/schemas/teams-v1.17/MicrosoftTeams.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  const validate = ajv.compile(schema);

  it('validates against the v1.17 schema', () => {
    expect(manifest.$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json',
    );
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
  });

  it('is rejected by the same schema when broken, so the validation is real', () => {
    expect(validate({ ...manifest, accentColor: 'blue' })).toBe(false);
    expect(validate({ ...manifest, id: 'not-a-guid' })).toBe(false);
    const { developer: _developer, ...withoutDeveloper } = manifest;
    expect(validate(withoutDeveloper)).toBe(false);
  });

  it('opens the Teams tab of the local host and carries the product version', () => {
    expect(manifest.version).toBe(packageJson.version);
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({ contentUrl: `${LOCAL_ORIGIN}/teams/`, scopes: ['personal'] }),
    ]);
    expect(manifest.validDomains).toEqual(['localhost']);
  });

  it('ships a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    const color = readPng(at('manifest/teams/color.png'));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(at('manifest/teams/outline.png'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const pixels = outline.rgba!;
    let drawn = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3] === 0) continue;
      drawn++;
      expect([pixels[i], pixels[i + 1], pixels[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(drawn).toBeGreaterThan(100);
    expect(drawn).toBeLessThan(32 * 32);
  });
});

describe('Office add-in manifest', () => {
  const xml = fs.readFileSync(at('manifest/addin.xml'), 'utf8');
  const xmllint = spawnSync('xmllint', ['--version']);
  const haveXmllint = !xmllint.error;
  if (!haveXmllint) {
    if (process.env.REQUIRE_E2E === '1')
      throw new Error('xmllint is missing (apt-get install libxml2-utils); REQUIRE_E2E=1 requires it');
    console.log(
      'Skipping the XSD validation of manifest/addin.xml: xmllint not found (apt-get install libxml2-utils).',
    );
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

  itWithXmllint('validates against the Office add-in XSDs', () => {
    const result = xsdValidate(xml);
    expect(result.output).toContain('manifest.xml validates');
    expect(result.ok).toBe(true);
  });

  itWithXmllint('is rejected by the same XSDs when broken, so the validation is real', () => {
    expect(xsdValidate(xml.replace('<DefaultLocale>da-DK</DefaultLocale>', '')).ok).toBe(false);
    expect(
      xsdValidate(xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'))
        .ok,
    ).toBe(false);
  });

  it('is a Danish Word task pane opening the local host', () => {
    expect(xml).toContain('xsi:type="TaskPaneApp"');
    expect(xml).toContain('<Host Name="Document"/>');
    expect(xml).toContain('<DefaultLocale>da-DK</DefaultLocale>');
    expect(xml).toContain(`<SourceLocation DefaultValue="${LOCAL_ORIGIN}/addin/taskpane.html"/>`);
    expect(xml).toContain('<Action xsi:type="ShowTaskpane">');
    expect(xml).toContain(`<Version>${packageJson.version}.0</Version>`);
  });

  it('names icons that Vite copies from addin/public/assets, each of the size it claims', () => {
    const icons = [...xml.matchAll(/https:\/\/localhost:7071\/addin\/assets\/icon-(\d+)\.png/g)];
    expect(new Set(icons.map((match) => match[1]))).toEqual(new Set(['16', '32', '64', '80']));
    for (const [, size] of icons) {
      const png = readPng(at(`addin/public/assets/icon-${size}.png`));
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
        expect({
          relative,
          same: fs.readFileSync(at(relative)).equals(fs.readFileSync(path.join(dir, relative))),
        }).toEqual({
          relative,
          same: true,
        });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
