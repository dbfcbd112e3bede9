// Topics for municipalities onboarded by an earlier version: added where missing, brought up to date where the
// product still owns them, left alone where procurement changed them; finished by a second run after a stop.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Topic } from '@koberollen/shared/domain/topic';

import { topicIndex } from '../indexes/topic';
import { collectAll } from '../records/collect';
import { TOPICS } from '../seed/content/topics';
import { SqliteRepository } from '../store/sqlite';
import { SYSTEM_PARTITION } from '../store/types';
import { topicUpgradeOps, upgradeTopics } from './upgradeTopics';

const EARLIER = '0b5c1d2e-3f40-4a51-8b62-c7d8e9f0a1b2';
const NOW = new Date('2026-12-07T10:00:00Z');
const KEYS = Object.keys(TOPICS) as (keyof typeof TOPICS)[];
let dir: string;
let store: SqliteRepository;

/** A municipality as an earlier version onboarded it: in the registry, without topics. */
async function onboardedEarlier() {
  await store.write(SYSTEM_PARTITION, [
    { op: 'create', kind: 'tenant', id: EARLIER, body: { id: EARLIER, name: 'Vesterå Kommune' } },
  ]);
}

function topic(key: string, name: string, synonyms: string[], userId: string): Topic {
  const by = { userId, name: userId };
  const at = '2025-01-01T00:00:00.000Z';
  return { id: `topic-${key}`, key, name, synonyms, createdAt: at, createdBy: by, updatedAt: at, updatedBy: by };
}

const put = (t: Topic) =>
  store.write(EARLIER, [{ op: 'create', kind: 'topic', id: t.id, body: t, index: topicIndex(t) }]);
const topics = async () => new Map((await collectAll<Topic>(store, EARLIER, 'topic')).map((t) => [t.key, t]));

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-topics-'));
  store = new SqliteRepository(path.join(dir, 'test.sqlite'));
  await onboardedEarlier();
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('gives a municipality onboarded without topics every topic with its Danish name and synonyms, once', async () => {
  expect(await upgradeTopics(store, NOW)).toEqual({ tenants: 1, added: KEYS.length, updated: 0, kept: [] });
  const stored = await topics();
  expect(stored.size).toBe(KEYS.length);
  expect(stored.get('term')).toMatchObject({ name: TOPICS.term.name, synonyms: TOPICS.term.synonyms });
  expect(stored.get('term')?.updatedBy.userId).toBe('system');
  const audit = await store.count(EARLIER, 'audit');
  expect(audit).toBe(1);

  expect(await upgradeTopics(store, NOW)).toEqual({ tenants: 1, added: 0, updated: 0, kept: [] });
  expect(await store.count(EARLIER, 'audit')).toBe(audit);
});

it("updates the product's own topics, keeps those procurement changed and its own, and names the kept", async () => {
  await put(topic('term', 'Varighed', ['løbetid'], 'system'));
  await put(topic('parties', 'Aftalens parter', ['parterne'], 'oid-procurement'));
  await put(topic('own-topic', 'Kommunens eget emne', ['eget'], 'oid-procurement'));

  const result = await upgradeTopics(store, NOW);
  expect(result).toEqual({ tenants: 1, added: KEYS.length - 2, updated: 1, kept: ['Aftalens parter'] });
  const stored = await topics();
  expect(stored.get('term')).toMatchObject({
    id: 'topic-term',
    name: TOPICS.term.name,
    synonyms: TOPICS.term.synonyms,
  });
  expect(stored.get('parties')).toMatchObject({ name: 'Aftalens parter', synonyms: ['parterne'] });
  expect(stored.get('own-topic')).toMatchObject({ name: 'Kommunens eget emne' });
  expect(stored.size).toBe(KEYS.length + 1);
});

it('finishes a run stopped halfway: only what is still missing is written', async () => {
  const first = await topicUpgradeOps(store, EARLIER, NOW);
  // Half the writes reached the store before the stop.
  await store.write(EARLIER, first.ops.slice(0, 20));
  const rest = await upgradeTopics(store, NOW);
  expect(rest.added).toBe(KEYS.length - 20);
  expect((await topics()).size).toBe(KEYS.length);
  expect((await topicUpgradeOps(store, EARLIER, NOW)).ops).toEqual([]);
});
