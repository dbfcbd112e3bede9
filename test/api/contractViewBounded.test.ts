// The contract view's answers (the contract, its milestones, its clause versions' titles; the host's health reads no
// store) take a bounded number of store requests on either store however large the municipality: none per clause.
import type { ClauseVersion } from '@koberollen/shared/domain/clause';
import type { Contract } from '@koberollen/shared/domain/contract';

import { routes as contractRoutes } from '../../functions/src/functions/contracts';
import { listMilestones } from '../../functions/src/functions/milestones';
import type { FunctionDeclaration } from '../../functions/src/http/declare';
import { clauseVersionId } from '../../functions/src/indexes/clauseVersion';
import type { Repository } from '../../functions/src/store/types';
import { countingStore, expectBoundedGrowth } from './support/countingStore';
import { LARGE, MEDIUM, runAs, servicesAt, STORES, useSeededPair } from './support/twoInstances';

jest.setTimeout(300_000);

const NOW = new Date('2026-03-15T10:00:00Z');
const route = (name: string) => contractRoutes.find((r) => r.name === name)!;

/** Runs a route as the host does: its loader's read of the record named by the path, then its handler. */
async function answer(
  declaration: FunctionDeclaration,
  store: Repository,
  tenantId: string,
  call: { params?: object },
) {
  const user = { tenantId, userId: 'u1', name: 'Test', roles: ['negotiator'] };
  const record = await declaration.load?.({ ...call, user, services: servicesAt(store, NOW) } as never);
  return runAs(declaration, store, tenantId, NOW, { ...call, record });
}

/** The tenant's contract using the most clause versions, among the first page of the register. */
async function richestContract(store: Repository, tenantId: string): Promise<Contract & { id: string }> {
  const page = await store.list<Contract>(tenantId, 'contract', { limit: 50 });
  const docs = page.items.map((doc) => ({ ...doc.body, id: doc.id }));
  return docs.reduce((a, b) => (b.clauseVersions.length > a.clauseVersions.length ? b : a));
}

describe.each(STORES)('$name', (store) => {
  const seeded = useSeededPair(store, NOW);

  it('answers what the view waits for in at most 10 store requests at either size, the titles in one read', async () => {
    const pair = seeded();
    const readsOf = async (tenantId: string) => {
      const contract = await richestContract(pair.a, tenantId);
      expect(contract.clauseVersions.length).toBeGreaterThanOrEqual(5);
      const { store: counted, reads } = countingStore(pair.a);
      const params = { id: contract.id };
      const answers = [
        await answer(route('contracts-get'), counted, tenantId, { params }),
        await runAs(listMilestones, counted, tenantId, NOW, { query: { contractId: contract.id, limit: 200 } }),
      ];
      const before = reads.requests;
      const titles = (await answer(route('contracts-clause-versions'), counted, tenantId, { params })) as {
        items: { clauseId: string; version: number; title: string | null }[];
      };
      expect(answers[0]).toMatchObject({ id: contract.id });
      // The contract by its id, and its clause versions in one read.
      expect(reads.requests - before).toBe(2);
      const versions = await Promise.all(
        contract.clauseVersions.map((ref) =>
          pair.a.get<ClauseVersion>(tenantId, 'clauseVersion', clauseVersionId(ref.clauseId, ref.version)),
        ),
      );
      expect(titles.items).toEqual(
        contract.clauseVersions.map((ref, i) => ({ ...ref, title: versions[i]?.body.title ?? null })),
      );
      expect(titles.items.every((item) => item.title !== null)).toBe(true);
      // The host's registry check (`revision`) adds a request to each of the three signed-in answers.
      return { ...reads, requests: reads.requests + 3 };
    };
    expectBoundedGrowth(await readsOf(MEDIUM.id), await readsOf(LARGE.id), 10);
  });

  it('answers a clause version no longer found with no title, and a contract of another municipality not at all', async () => {
    const pair = seeded();
    const contract = await richestContract(pair.a, LARGE.id);
    const [first] = contract.clauseVersions;
    await pair.a.write(LARGE.id, [
      { op: 'delete', kind: 'clauseVersion', id: clauseVersionId(first!.clauseId, first!.version) },
    ]);
    const titles = (await answer(route('contracts-clause-versions'), pair.b, LARGE.id, {
      params: { id: contract.id },
    })) as { items: { title: string | null }[] };
    expect(titles.items[0]!.title).toBeNull();
    expect(titles.items.slice(1).every((item) => item.title !== null)).toBe(true);
    await expect(
      answer(route('contracts-clause-versions'), pair.a, MEDIUM.id, { params: { id: contract.id } }),
    ).rejects.toThrow('Kontrakten findes ikke.');
  });
});
