// The demo-data upgrade against a real SQLite store: a store written by the earlier library gets new clause versions
// (the earlier ones and the contracts built from them stay), the clauses it lacked, the current templates, and demo
// records that follow the law; a clause the municipality changed itself is left alone; a second run changes nothing.

import type { Clause, ClauseVersion } from '@koberollen/shared/domain/clause';
import type { Contract } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import type { Template } from '@koberollen/shared/domain/template';
import { clauseTextHash } from '@koberollen/shared/rules/textHash';

import { clauseIndex } from '../indexes/clause';
import { clauseVersionId, clauseVersionIndex } from '../indexes/clauseVersion';
import { contractIndex } from '../indexes/contract';
import { providerIndex } from '../indexes/provider';
import { collectAllDocs } from '../records/collect';
import { seedId } from '../seed/ids';
import { type SeededStore, seededStore } from './testing/seededStore';
import { nothingUpgraded, upgradeDemoData } from './upgradeDemoData';
import { UPGRADE_NOTE } from './upgradeLibrary';

const NOW = new Date('2026-03-01T09:00:00Z');
const LATER = new Date('2026-03-02T09:00:00Z');
const OLD_TEXT = 'Kontrakten ophører, når den unge fylder 18 år, medmindre der er truffet afgørelse om efterværn.';
let seeded: SeededStore;
let store: SeededStore['store'];
let tenantId: string;

beforeEach(async () => {
  seeded = await seededStore(NOW);
  ({ store, tenantId } = seeded);
});
afterEach(() => seeded.remove());

const clauseId = (key: string) => seedId('clause', tenantId, key);
const getClause = async (key: string) => (await store.get<Clause>(tenantId, 'clause', clauseId(key)))!;
const getVersion = async (key: string, version: number) =>
  (await store.get<ClauseVersion>(tenantId, 'clauseVersion', clauseVersionId(clauseId(key), version)))?.body;

/** Stores the clause as the earlier library had it: its first version with another wording. */
async function storeEarlierClause(key: string) {
  const doc = await getClause(key);
  const paragraphs = [{ text: OLD_TEXT }];
  const clause = { ...doc.body, paragraphs };
  const version = { ...(await getVersion(key, 1))!, paragraphs, textHash: clauseTextHash(paragraphs) };
  await store.write(tenantId, [
    { op: 'replace', kind: 'clause', id: clause.id, body: clause, index: clauseIndex(clause) },
    { op: 'replace', kind: 'clauseVersion', id: clauseVersionId(clause.id, 1), body: version },
  ]);
}

/** A contract of a public provider, stored as before: regulated by the PL rate, built from version 1. */
async function publicContractAsBefore() {
  const providers = await collectAllDocs<Provider>(store, tenantId, 'provider');
  const publicIds = new Set(providers.filter((p) => p.body.ownership === 'public').map((p) => p.id));
  const doc = (await collectAllDocs<Contract>(store, tenantId, 'contract')).find((c) =>
    publicIds.has(c.body.providerId),
  )!;
  const body: Contract = { ...doc.body, priceRegulation: { basis: 'kl', month: 1 } };
  await store.write(tenantId, [{ op: 'replace', kind: 'contract', id: doc.id, body, index: contractIndex(body) }]);
  return body;
}

/** A provider offering only day treatment, given a socialtilsyn report as the earlier demo data did. */
async function dayTreatmentProviderAsBefore() {
  const doc = (await collectAllDocs<Provider>(store, tenantId, 'provider')).find((p) =>
    p.body.offers.every((offer) => offer.paragraph === 'BL §32'),
  )!;
  const report = { date: '2025-10-01', authority: 'Socialtilsyn Midt', conclusion: 'Godkendelsen opretholdes.' };
  const body: Provider = { ...doc.body, supervisionReports: [report] };
  await store.write(tenantId, [{ op: 'replace', kind: 'provider', id: doc.id, body, index: providerIndex(body) }]);
  return doc.id;
}

it('publishes new versions, keeps the earlier ones and the contracts built from them, and runs once', async () => {
  await storeEarlierClause('transition-18');
  await store.write(tenantId, [
    { op: 'delete', kind: 'clause', id: clauseId('day-incidents') },
    { op: 'delete', kind: 'clauseVersion', id: clauseVersionId(clauseId('day-incidents'), 1) },
  ]);
  const contract = await publicContractAsBefore();
  const providerId = await dayTreatmentProviderAsBefore();
  const templateId = seedId('template', tenantId, 'long-term');
  const template = (await store.get<Template>(tenantId, 'template', templateId))!.body;
  const withoutChoices = {
    ...template,
    sections: template.sections.map((s) => ({ ...s, clauses: s.clauses.map(({ alternative: _a, ...ref }) => ref) })),
  };
  await store.write(tenantId, [{ op: 'replace', kind: 'template', id: templateId, body: withoutChoices }]);
  const auditsBefore = await store.count(tenantId, 'audit');

  const result = await upgradeDemoData(store, LATER);

  expect(result).toMatchObject({ tenants: 2, published: 1, added: 1, templates: 1, checklists: 0, kept: [] });
  expect(result.providers).toBeGreaterThanOrEqual(1);
  expect(result.contracts).toBeGreaterThanOrEqual(1);
  const upgraded = (await getClause('transition-18')).body;
  expect(upgraded.version).toBe(2);
  expect((await getVersion('transition-18', 1))!.paragraphs).toEqual([{ text: OLD_TEXT }]);
  const second = (await getVersion('transition-18', 2))!;
  expect(second.changeNote).toBe(UPGRADE_NOTE);
  expect(second.paragraphs.map((p) => p.text).join(' ')).toContain('ungestøtte');
  expect((await getClause('day-incidents')).body.version).toBe(1);
  const stored = (await store.get<Contract>(tenantId, 'contract', contract.id))!.body;
  expect(stored.clauseVersions).toEqual(contract.clauseVersions);
  expect(stored.priceRegulation.basis).toBe('framework');
  expect((await store.get<Provider>(tenantId, 'provider', providerId))!.body.supervisionReports).toEqual([]);
  const current = (await store.get<Template>(tenantId, 'template', templateId))!.body;
  expect(current.sections.flatMap((s) => s.clauses).filter((ref) => ref.alternative)).toHaveLength(4);
  expect(await store.count(tenantId, 'audit')).toBeGreaterThan(auditsBefore);

  const auditsAfter = await store.count(tenantId, 'audit');
  expect(await upgradeDemoData(store, LATER)).toEqual(nothingUpgraded(2));
  expect(await store.count(tenantId, 'audit')).toBe(auditsAfter);
});

it('leaves a clause the municipality published itself as it is, and names it', async () => {
  const doc = await getClause('liability');
  const paragraphs = [{ text: 'Kommunens egen formulering om erstatningsansvar.' }];
  const clause = { ...doc.body, paragraphs, version: 2 };
  const version: ClauseVersion = {
    ...(await getVersion('liability', 1))!,
    paragraphs,
    version: 2,
    textHash: clauseTextHash(paragraphs),
    publishedBy: { userId: 'kommunens-jurist', name: 'Kommunens jurist' },
  };
  await store.write(tenantId, [
    { op: 'replace', kind: 'clause', id: clause.id, body: clause, index: clauseIndex(clause) },
    {
      op: 'create',
      kind: 'clauseVersion',
      id: clauseVersionId(clause.id, 2),
      body: version,
      index: clauseVersionIndex(version),
    },
  ]);

  const result = await upgradeDemoData(store, LATER);

  expect(result.kept).toEqual(['Erstatningsansvar']);
  expect((await getClause('liability')).body.paragraphs).toEqual(paragraphs);
  expect(await getVersion('liability', 3)).toBeUndefined();
});
