// Templates stored before templates had versions count as published version 1 after the upgrade, with that version
// readable and the template offered as before; a template already versioned is not touched; a second run does nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Template, TemplateVersion } from '@koberollen/shared/domain/template';

import { templateIndex } from '../indexes/template';
import { templateVersionId } from '../indexes/templateVersion';
import { collectAll } from '../records/collect';
import { SqliteRepository } from '../store/sqlite';
import { SYSTEM_PARTITION } from '../store/types';
import { FIRST_VERSION_NOTE, upgradeTemplates } from './upgradeTemplates';

const TENANT = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const NOW = new Date('2026-12-07T10:00:00Z');
const BY = { userId: 'oid-indkob', name: 'Indkøb' };
let dir: string;
let store: SqliteRepository;

/** A template as an earlier version stored it: no version, no published flag. */
function earlier(id: string, name: string) {
  return {
    id,
    name,
    description: '',
    contractType: 'botilbud-107',
    legalBasis: [{ law: 'SEL', section: '§107' }],
    sections: [{ title: 'Pris', clauses: [{ clauseId: 'c1', mandatory: true }] }],
    fields: [],
    status: 'active',
    createdAt: '2025-03-01T08:00:00.000Z',
    createdBy: BY,
    updatedAt: '2025-04-01T08:00:00.000Z',
    updatedBy: BY,
  } as unknown as Template;
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-templates-'));
  store = new SqliteRepository(path.join(dir, 'test.sqlite'));
  await store.write(SYSTEM_PARTITION, [
    { op: 'create', kind: 'tenant', id: TENANT, body: { id: TENANT, name: 'Vesterå Kommune' } },
  ]);
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('makes each template stored before versions published version 1, once, and leaves versioned ones alone', async () => {
  const old = earlier('t-old', 'Botilbud efter § 107');
  const versioned = { ...earlier('t-new', 'Aflastning'), version: 3, hasUnpublishedChanges: true } as Template;
  await store.write(TENANT, [
    { op: 'create', kind: 'template', id: old.id, body: old, index: templateIndex(old) },
    { op: 'create', kind: 'template', id: versioned.id, body: versioned, index: templateIndex(versioned) },
  ]);

  expect(await upgradeTemplates(store, NOW)).toEqual({ tenants: 1, upgraded: 1 });
  const stored = (await store.get<Template>(TENANT, 'template', old.id))!.body;
  expect(Template.parse(stored)).toMatchObject({
    name: old.name,
    version: 1,
    hasUnpublishedChanges: false,
    publishedAt: old.updatedAt,
  });
  const first = (await store.get<TemplateVersion>(TENANT, 'templateVersion', templateVersionId(old.id, 1)))!.body;
  expect(TemplateVersion.parse(first)).toMatchObject({
    templateId: old.id,
    version: 1,
    name: old.name,
    sections: old.sections,
    changeNote: FIRST_VERSION_NOTE,
    publishedBy: BY,
  });
  expect((await store.get<Template>(TENANT, 'template', versioned.id))!.body).toEqual(versioned);
  const audits = await collectAll<{ summary: string }>(store, TENANT, 'audit');
  expect(audits.map((a) => a.summary)).toEqual(['Skabeloner udgivet som version 1: Botilbud efter § 107']);

  expect(await upgradeTemplates(store, NOW)).toEqual({ tenants: 1, upgraded: 0 });
  expect(await collectAll(store, TENANT, 'templateVersion')).toHaveLength(1);
});
