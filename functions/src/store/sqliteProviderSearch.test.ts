// The provider search table answers every catalogue query as the generic index walk does, page by page, and files
// made before it get it filled on open.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';

import type { Provider } from '@koberollen/shared/domain/provider';

import { providerFilters } from '../functions/providers';
import { providerIndex } from '../indexes/provider';
import { seedContext } from '../seed/context';
import { generateProviders } from '../seed/providers';
import { createRng, type Rng } from '../seed/rng';
import { SqliteRepository } from './sqlite';
import type { DocKind, ListQuery, Repository } from './types';

const TENANT = 'catalogue';
const NOW = new Date('2026-03-15T10:00:00Z');
const providers = generateProviders(120, 7, seedContext(TENANT, NOW));
/** The same documents under a kind the search table does not keep: listed by the generic index walk. */
const ORACLE: DocKind = 'case';
const ORDERS = ['name', 'minDayRate', 'negotiatedAt'];

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-provider-search-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function seeded(file: string): Promise<SqliteRepository> {
  const store = new SqliteRepository(file);
  for (const kind of ['provider', ORACLE] as const) {
    await store.write(
      TENANT,
      providers.map((p) => ({ op: 'create', kind, id: p.id, body: p, index: providerIndex(p) })),
    );
  }
  return store;
}

/** Every id of a list, page by page, with the sort values it was listed by. */
async function walkAll(store: Repository, kind: DocKind, query: Omit<ListQuery, 'limit'>): Promise<string[]> {
  const seen: string[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await store.listVersions(TENANT, kind, { ...query, limit: 7, continuationToken });
    seen.push(...page.items.map((item) => `${item.id}@${String(item.listedBy)}`));
    continuationToken = page.continuationToken;
  } while (continuationToken);
  return seen;
}

function randomQuery(rng: Rng): Omit<ListQuery, 'limit'> {
  const some = <T>(value: T): T | undefined => (rng.chance(0.4) ? value : undefined);
  const provider: Provider = rng.pick(providers);
  const offer = rng.pick(provider.offers);
  const words = provider.name.split(' ');
  const filters = providerFilters(
    {
      region: some(provider.region),
      paragraph: some(offer.paragraph),
      targetGroup: some(rng.pick(offer.targetGroups)),
      municipality: some(provider.municipality.toUpperCase()),
      ownership: some(provider.ownership),
      q: some(rng.chance(0.5) ? rng.pick(words) : rng.pick(words).slice(0, 2)),
      maxRate: some(rng.int(1500, 6000)),
      minRate: some(rng.int(1500, 6000)),
      negotiatedWithinMonths: some(rng.int(1, 24)),
    },
    '2026-03-15',
  );
  return { filters, orderBy: rng.pick(ORDERS) };
}

it('lists what the generic walk lists, in the same order and pages, for varied catalogue searches', async () => {
  const store = await seeded(path.join(dir, 'store.sqlite'));
  const rng = createRng(19);
  let nonEmpty = 0;
  for (let n = 0; n < 150; n++) {
    const query = randomQuery(rng);
    const expected = await walkAll(store, ORACLE, query);
    expect({ query, ids: await walkAll(store, 'provider', query) }).toEqual({ query, ids: expected });
    if (expected.length > 0) nonEmpty += 1;
  }
  expect(nonEmpty).toBeGreaterThan(50);
  await store.close();
});

it('keeps a provider row with its document: replaced, deleted, and gone with a rolled-back batch', async () => {
  const store = await seeded(path.join(dir, 'store.sqlite'));
  const query = { orderBy: 'name', filters: providerFilters({ q: 'Aabenraa' }, '2026-03-15') };
  expect(await walkAll(store, 'provider', query)).toEqual([]);
  const [first, second] = providers;
  const moved = { ...first!, municipality: 'Aabenraa' };
  await store.write(TENANT, [
    { op: 'replace', kind: 'provider', id: moved.id, body: moved, index: providerIndex(moved) },
  ]);
  expect((await walkAll(store, 'provider', query)).map((id) => id.split('@')[0])).toEqual([moved.id]);
  const failing = store.write(TENANT, [
    { op: 'delete', kind: 'provider', id: moved.id },
    { op: 'create', kind: 'provider', id: second!.id, body: second, index: providerIndex(second!) },
  ]);
  await expect(failing).rejects.toThrow();
  expect(await walkAll(store, 'provider', query)).toHaveLength(1);
  await store.write(TENANT, [{ op: 'delete', kind: 'provider', id: moved.id }]);
  expect(await walkAll(store, 'provider', query)).toEqual([]);
  await store.close();
});

/** Each listed version tag against the document's own, for a page listed from the search table. */
async function versionsMatch(store: Repository, query: Omit<ListQuery, 'limit'>): Promise<void> {
  const page = await store.listVersions(TENANT, 'provider', { ...query, limit: 50 });
  expect(page.items.length).toBeGreaterThan(0);
  const docs = await store.getMany(
    TENANT,
    'provider',
    page.items.map((item) => item.id),
  );
  const etags = new Map(docs.map((doc) => [doc.id, doc.etag]));
  expect(page.items.map((item) => item.etag)).toEqual(page.items.map((item) => etags.get(item.id)));
}

it('lists each provider with its current version tag, kept with the row on every write', async () => {
  const store = await seeded(path.join(dir, 'store.sqlite'));
  const query = { orderBy: 'name', filters: providerFilters({ region: providers[0]!.region }, '2026-03-15') };
  await versionsMatch(store, query);
  const [listed] = (await store.listVersions(TENANT, 'provider', { ...query, limit: 1 })).items;
  const current = (await store.get<Provider>(TENANT, 'provider', listed!.id))!;
  const renamed = { ...current.body, qualityNotes: [] };
  const [written] = await store.write(TENANT, [
    { op: 'replace', kind: 'provider', id: listed!.id, body: renamed, index: providerIndex(renamed) },
  ]);
  expect(written!.etag).not.toBe(listed!.etag);
  const [again] = (await store.listVersions(TENANT, 'provider', { ...query, limit: 1 })).items;
  expect(again).toMatchObject({ id: listed!.id, etag: written!.etag });
  await versionsMatch(store, query);
  await store.close();
});

/**
 * A store seeded, its file then changed to an earlier version's shape and opened again: it lists what it listed
 * before. Returns the reopened store.
 */
async function reopenedAfter(
  file: string,
  query: Omit<ListQuery, 'limit'>,
  toOldShape: (old: Database.Database) => void,
): Promise<SqliteRepository> {
  const before = await walkAll(await seeded(file), 'provider', query);
  const old = new Database(file);
  toOldShape(old);
  old.close();
  const reopened = new SqliteRepository(file);
  expect(await walkAll(reopened, 'provider', query)).toEqual(before);
  return reopened;
}

it('makes the table anew on open for a file whose table kept no version tags', async () => {
  const query = { orderBy: 'negotiatedAt', filters: providerFilters({ minRate: 3000 }, '2026-03-15') };
  const reopened = await reopenedAfter(path.join(dir, 'old.sqlite'), query, (old) => {
    const indexes = old
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'provider_search'",
      )
      .all();
    for (const { name } of indexes) old.exec(`DROP INDEX ${name}`);
    old.exec('ALTER TABLE provider_search DROP COLUMN etag');
  });
  await versionsMatch(reopened, query);
  await reopened.close();
});

it('fills the table on open for a file made before it, once', async () => {
  const file = path.join(dir, 'old.sqlite');
  const query = { orderBy: 'minDayRate', filters: providerFilters({ maxRate: 4000 }, '2026-03-15') };
  const reopened = await reopenedAfter(file, query, (old) => old.exec('DROP TABLE provider_search'));
  const before = await walkAll(reopened, 'provider', query);
  expect(before).toEqual(await walkAll(reopened, ORACLE, query));
  await reopened.close();
  const again = new SqliteRepository(file);
  expect(await again.count(TENANT, 'provider')).toBe(providers.length);
  expect(await walkAll(again, 'provider', query)).toEqual(before);
  await again.close();
});
