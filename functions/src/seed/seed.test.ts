// Seeds a fresh SQLite store with the demo data and checks it: amounts, schemas, references, the situations the demo
// must show, no CPR numbers, speed, and that a second start writes nothing. Run on two days, as dates are relative.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { z } from 'zod';

import { AuditEvent } from '@koberollen/shared/domain/audit';
import { Case } from '@koberollen/shared/domain/case';
import { Checklist } from '@koberollen/shared/domain/checklist';
import { Clause, ClauseVersion } from '@koberollen/shared/domain/clause';
import { Contract, Milestone } from '@koberollen/shared/domain/contract';
import { Invoice } from '@koberollen/shared/domain/invoice';
import { Phase } from '@koberollen/shared/domain/phase';
import { Provider } from '@koberollen/shared/domain/provider';
import { Settings } from '@koberollen/shared/domain/settings';
import { Template } from '@koberollen/shared/domain/template';
import { containsCprNumber } from '@koberollen/shared/rules/cpr';
import { isValidCvr } from '@koberollen/shared/rules/cvr';
import { addDays, compareDates, isoDateOf } from '@koberollen/shared/rules/dates';
import { isDueWithin } from '@koberollen/shared/rules/milestones';

import { collectAll } from '../records/collect';
import { SqliteRepository } from '../store/sqlite';
import { type DocKind, SYSTEM_PARTITION } from '../store/types';
import { generateCases } from './cases';
import { DEMO_CLAUSES } from './content/clauses';
import { TOPICS } from './content/topics';
import { seedContext } from './context';
import { generateContracts } from './contracts';
import { seedIfEmpty } from './index';
import { buildLibrary } from './library';
import { raisedAboveKl } from './providerRates';
import { generateProviders } from './providers';
import { DEMO_TENANTS } from './tenants';

const SCHEMAS: Partial<Record<DocKind, z.ZodType>> = {
  settings: Settings,
  clause: Clause,
  clauseVersion: ClauseVersion,
  template: Template,
  checklist: Checklist,
  provider: Provider,
  case: Case,
  contract: Contract,
  milestone: Milestone,
  invoice: Invoice,
  audit: AuditEvent,
};
const KINDS = Object.keys(SCHEMAS) as DocKind[];

const MINIMUM: Partial<Record<DocKind, number>> = {
  settings: 1,
  clause: 30,
  clauseVersion: 30,
  template: 5,
  checklist: 3,
  provider: 40,
  case: 20,
  contract: 15,
  milestone: 15,
  invoice: 5,
  audit: 1,
};

type Docs = Record<DocKind, unknown[]>;

describe.each([
  ['a day in spring', '2026-03-15T10:00:00Z'],
  ['the first working day of a year', '2027-01-04T07:30:00Z'],
])('demo seed on %s', (_label, instant) => {
  const now = new Date(instant);
  const today = isoDateOf(now);
  let dir: string;
  let store: SqliteRepository;
  const data = new Map<string, Docs>();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-seed-'));
    store = new SqliteRepository(path.join(dir, 'data.sqlite'));
    await expect(seedIfEmpty(store, now)).resolves.toBe(true);
    for (const tenant of DEMO_TENANTS) {
      const docs = {} as Docs;
      for (const kind of KINDS) docs[kind] = await collectAll(store, tenant.id, kind);
      data.set(tenant.id, docs);
    }
  });

  afterAll(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const each = (test: (docs: Docs, tenantId: string) => void) => () => {
    for (const tenant of DEMO_TENANTS) test(data.get(tenant.id)!, tenant.id);
  };

  it('registers both demo municipalities', async () => {
    for (const tenant of DEMO_TENANTS) {
      expect((await store.get(SYSTEM_PARTITION, 'tenant', tenant.id))?.body).toMatchObject({ name: tenant.name });
    }
  });

  it(
    'writes at least the minimum of every kind for each municipality',
    each((docs) => {
      for (const kind of KINDS)
        expect({ kind, count: docs[kind].length >= (MINIMUM[kind] ?? 1) }).toEqual({ kind, count: true });
      expect(docs.clauseVersion).toHaveLength(docs.clause.length);
    }),
  );

  it(
    'writes only records that parse with their schema',
    each((docs) => {
      const failures = KINDS.flatMap((kind) =>
        docs[kind].flatMap((doc) => {
          const result = SCHEMAS[kind]!.safeParse(doc);
          return result.success ? [] : [{ kind, issues: result.error.issues }];
        }),
      );
      expect(failures).toEqual([]);
    }),
  );

  it(
    'uses valid, unique CVR numbers and never a CPR-shaped number',
    each((docs) => {
      const cvrs = (docs.provider as Provider[]).map((p) => p.cvr);
      expect(cvrs.filter((cvr) => !isValidCvr(cvr))).toEqual([]);
      expect(new Set(cvrs).size).toBe(cvrs.length);
      const withCpr = KINDS.flatMap((kind) => docs[kind].filter((doc) => containsCprNumber(JSON.stringify(doc))));
      expect(withCpr).toEqual([]);
    }),
  );

  it('gives the two municipalities no id in common', () => {
    const [a, b] = DEMO_TENANTS.map((t) => data.get(t.id)!);
    const ids = (docs: Docs) => new Set(KINDS.flatMap((k) => (docs[k] as { id?: string }[]).map((d) => d.id)));
    const shared = [...ids(a!)].filter((id) => id !== undefined && id !== 'settings' && ids(b!).has(id));
    expect(shared).toEqual([]);
  });

  it(
    'refers only to records that exist',
    each((docs) => {
      const clauseIds = new Set((docs.clause as Clause[]).map((c) => c.id));
      const templateRefs = (docs.template as Template[]).flatMap((t) => t.sections.flatMap((s) => s.clauses));
      expect(templateRefs.filter((ref) => !clauseIds.has(ref.clauseId))).toEqual([]);
      const versions = new Set((docs.clauseVersion as ClauseVersion[]).map((v) => `${v.clauseId}@${v.version}`));
      const contracts = docs.contract as Contract[];
      const contractRefs = contracts.flatMap((c) => c.clauseVersions.map((v) => `${v.clauseId}@${v.version}`));
      expect(contractRefs.filter((ref) => !versions.has(ref))).toEqual([]);
      const providers = new Map((docs.provider as Provider[]).map((p) => [p.id, p]));
      const offerMissing = contracts.filter(
        (c) => !providers.get(c.providerId)?.offers.some((o) => o.id === c.offerId),
      );
      expect(offerMissing).toEqual([]);
      const caseIds = new Set((docs.case as Case[]).map((c) => c.id));
      expect(contracts.filter((c) => !caseIds.has(c.caseId))).toEqual([]);
      const deviationRefs = (docs.case as Case[]).flatMap((c) => c.deviations.map((d) => d.clauseId));
      expect(deviationRefs.filter((id) => !clauseIds.has(id))).toEqual([]);
    }),
  );

  it(
    'covers every phase, every region, and public and private providers',
    each((docs) => {
      expect(new Set((docs.case as Case[]).map((c) => c.phase))).toEqual(new Set(Phase.options));
      const providers = docs.provider as Provider[];
      expect(new Set(providers.map((p) => p.region)).size).toBe(5);
      expect(new Set(providers.map((p) => p.ownership))).toEqual(new Set(['public', 'private']));
      expect((docs.case as Case[]).every((c) => /^SAG-\d{4}-\d{5}$/.test(c.reference))).toBe(true);
    }),
  );

  it(
    'has a milestone due within 30 days, a special rate ending within two weeks and an overdue follow-up',
    each((docs) => {
      const milestones = docs.milestone as Milestone[];
      expect(milestones.some((m) => isDueWithin(m, today, 30))).toBe(true);
      const ends = (docs.contract as Contract[]).flatMap((c) =>
        c.specialRate?.endDate ? [c.specialRate.endDate] : [],
      );
      expect(ends.some((end) => compareDates(today, end) <= 0 && compareDates(end, addDays(today, 14)) <= 0)).toBe(
        true,
      );
      expect(milestones.some((m) => m.status === 'open' && compareDates(m.dueDate, today) < 0)).toBe(true);
    }),
  );

  it(
    'has a provider regulating above KL and invoices that deviate on price and on the sum',
    each((docs) => {
      const settings = (docs.settings as Settings[])[0]!;
      expect(settings.regulationRates.every((r) => r.source.includes('demoværdi'))).toBe(true);
      const rates = (docs.provider as Provider[]).flatMap((p) => p.offers.flatMap((o) => o.rates));
      expect(rates.some((rate) => raisedAboveKl(rate, settings.regulationRates))).toBe(true);
      const reasons = (docs.invoice as Invoice[]).flatMap((i) => i.check.lines.map((l) => l.reason));
      expect(reasons.some((r) => r.startsWith('Enhedsprisen'))).toBe(true);
      expect(reasons.some((r) => r.includes('svarer ikke til antal × enhedspris'))).toBe(true);
      expect((docs.invoice as Invoice[]).filter((i) => i.status === 'matching').length).toBeGreaterThan(5);
    }),
  );

  it(
    'records one audit event saying the demo data was loaded',
    each((docs, tenantId) => {
      const events = docs.audit as AuditEvent[];
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actor: { userId: 'system', name: 'Køberollen' }, entityId: tenantId });
      expect(events[0]!.summary).toMatch(/^Demodata indlæst/);
    }),
  );

  it('writes nothing when started again', async () => {
    const write = jest.spyOn(store, 'write');
    await expect(seedIfEmpty(store, new Date(now.getTime() + 86_400_000))).resolves.toBe(false);
    expect(write).not.toHaveBeenCalled();
    write.mockRestore();
  });
});

describe('demo library content', () => {
  it('gives every clause fields, each used by a placeholder, and fills every placeholder from one', () => {
    const mismatches = DEMO_CLAUSES.flatMap((clause) => {
      const placeholders = new Set(clause.text.flatMap((t) => [...t.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1])));
      const fields = new Set(clause.fields.map((f) => f.key));
      const same = placeholders.size === fields.size && [...fields].every((key) => placeholders.has(key));
      return same && fields.size > 0 ? [] : [clause.key];
    });
    expect(mismatches).toEqual([]);
  });

  it('has unique clause keys, topics from the documented list, and a clause for every checklist topic', () => {
    const keys = DEMO_CLAUSES.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    const topics = new Set(DEMO_CLAUSES.map((c) => c.topic));
    expect([...topics].filter((t) => !(t in TOPICS))).toEqual([]);
    expect(Object.keys(TOPICS).filter((t) => !topics.has(t as keyof typeof TOPICS))).toEqual([]);
    expect(DEMO_CLAUSES.every((c) => c.recognitionPhrases.length >= 3 && c.guidance.length > 0)).toBe(true);
  });
});

describe('generators at other sizes', () => {
  const ctx = seedContext('benchmark-tenant', new Date('2026-06-01T12:00:00Z'));

  it('makes the same providers for the same seed, and different ones for another', () => {
    expect(generateProviders(20, 7, ctx)).toEqual(generateProviders(20, 7, ctx));
    expect(generateProviders(20, 8, ctx).map((p) => p.cvr)).not.toEqual(
      generateProviders(20, 7, ctx).map((p) => p.cvr),
    );
  });

  it('makes a large catalogue with unique names and valid CVR numbers, and a contract for every planned case', () => {
    const providers = generateProviders(600, 11, ctx);
    expect(new Set(providers.map((p) => p.name)).size).toBe(600);
    expect(providers.every((p) => isValidCvr(p.cvr))).toBe(true);
    const planned = generateCases(900, 800, providers, buildLibrary(ctx), 12, ctx);
    const bundles = generateContracts(planned, buildLibrary(ctx), 13, ctx);
    expect(planned).toHaveLength(900);
    expect(bundles).toHaveLength(800);
    expect(new Set(planned.map((p) => p.entity.reference)).size).toBe(900);
  });
});
