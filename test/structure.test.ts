// The structure rules `npm run lint` enforces fail a file that breaks them, naming the rule: run on files made to break them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const ROOT = path.resolve(__dirname, '..');
const DEPCRUISE = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const ESLINT = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');

/** Files laid out like the repository, each breaking one rule, plus three that use an SDK where it is allowed. */
const FILES: Record<string, string> = {
  'functions/src/first.ts': "import type { Second } from './second';\nexport type First = { next?: Second };\n",
  'functions/src/second.ts': "import type { First } from './first';\nexport type Second = { back?: First };\n",
  'functions/src/api.ts': 'export const api = 1;\n',
  'shared/src/usesApi.ts': "export { api } from '../../functions/src/api';\n",
  'addin/src/usesApi.ts': "export { api } from '../../functions/src/api';\n",
  'addin/src/usesTeamsApp.ts': "export { tab } from '../../teams-app/src/tab';\n",
  'addin/src/usesOfficeMock.ts': "export { OfficeMockObject } from 'office-addin-mock';\n",
  'addin/src/word/officeMock.ts': "export { OfficeMockObject } from 'office-addin-mock';\n",
  'teams-app/src/tab.ts': 'export const tab = 1;\n',
  'teams-app/src/usesAddin.ts': "export { OfficeMockObject } from '../../addin/src/word/officeMock';\n",
  'teams-app/src/usesTeamsJs.ts': "export { app } from '@microsoft/teams-js';\n",
  'teams-app/src/teams/teamsJs.ts': "export { app } from '@microsoft/teams-js';\n",
  'functions/src/usesGraphClient.ts': "export { Client } from '@microsoft/microsoft-graph-client';\n",
  'functions/src/graph/graphClient.ts': "export { Client } from '@microsoft/microsoft-graph-client';\n",
};

/** The cruise's exit status and its report as plain text: it colours its report wherever CI is set. */
function cruise(dir: string) {
  const result = spawnSync(
    process.execPath,
    [DEPCRUISE, '--config', path.join(ROOT, '.dependency-cruiser.cjs'), 'shared', 'functions', 'addin', 'teams-app'],
    { cwd: dir, encoding: 'utf8' },
  );
  return { status: result.status, stdout: stripVTControlCharacters(result.stdout) };
}

describe('dependency rules', () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-structure-'));
    for (const [file, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  // A cycle is reported once, from the module the cruise meets first.
  it('fails each offending file with the name of the rule it breaks, and only those', () => {
    const result = cruise(dir);
    expect(result.status).not.toBe(0);
    const violations = [...result.stdout.matchAll(/^\s*error ([\w-]+): (\S+)/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(violations.sort()).toEqual(
      [
        'addin-not-teams-app addin/src/usesTeamsApp.ts',
        'front-ends-not-functions addin/src/usesApi.ts',
        'graph-only-in-graph functions/src/usesGraphClient.ts',
        'no-circular functions/src/first.ts',
        'office-js-only-in-word addin/src/usesOfficeMock.ts',
        'shared-stands-alone shared/src/usesApi.ts',
        'teams-app-not-addin teams-app/src/usesAddin.ts',
        'teams-js-only-in-teams teams-app/src/usesTeamsJs.ts',
      ].sort(),
    );
  });

  it('passes once the offending files are gone', () => {
    for (const file of Object.keys(FILES).filter((f) => /\/(uses\w+|first|second)\.ts$/.test(f))) {
      fs.rmSync(path.join(dir, file));
    }
    const result = cruise(dir);
    expect(result.stdout).toContain('no dependency violations found');
    expect(result.status).toBe(0);
  });
});

describe('process.env outside config modules', () => {
  it('fails a module that reads process.env or imports env, naming the rules', () => {
    const text = "import { env } from 'node:process';\n\nexport const port = process.env.PORT ?? env.PORT;\n";
    const result = spawnSync(
      process.execPath,
      [ESLINT, '--format', 'json', '--stdin', '--stdin-filename', 'functions/src/services.ts'],
      { cwd: ROOT, input: text, encoding: 'utf8' },
    );
    const [report] = JSON.parse(result.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
    const rules = report!.messages.map((m) => m.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['no-restricted-properties', 'no-restricted-imports']));
    expect(report!.messages.find((m) => m.ruleId === 'no-restricted-properties')?.message).toContain('config modules');
  }, 120_000);

  it('lets the configuration module read it', () => {
    const result = spawnSync(process.execPath, [ESLINT, '--print-config', 'functions/src/config.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const config = JSON.parse(result.stdout) as { rules: Record<string, unknown[]> };
    expect(config.rules['no-restricted-properties']?.[0]).toBe(0);
    const service = spawnSync(process.execPath, [ESLINT, '--print-config', 'functions/src/services.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect((JSON.parse(service.stdout) as typeof config).rules['no-restricted-properties']?.[0]).toBe(2);
  }, 60_000);
});
