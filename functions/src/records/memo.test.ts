// A tenant memo keeps a value while the store's revision of its kinds stands, per tenant and key.
import type { Repository } from '../store/types';
import { tenantMemo } from './memo';

/** A store whose revision is whatever the test sets; the memo reads nothing else of it. */
function storeAt(revisions: Record<string, string>): Repository {
  return { revision: (tenantId: string) => revisions[tenantId] ?? '0' } as unknown as Repository;
}

describe('tenantMemo', () => {
  it('computes again when the revision moves, and keeps tenants and keys apart', async () => {
    const revisions: Record<string, string> = { a: '1', b: '1' };
    const store = storeAt(revisions);
    const memo = tenantMemo<string>(['contract']);
    let computed = 0;
    const value = (tenant: string, key: string) =>
      memo.get(store, tenant, key, () => Promise.resolve(`${tenant}/${key}/${++computed}`));
    expect(await value('a', 'k')).toBe('a/k/1');
    expect(await value('a', 'k')).toBe('a/k/1');
    expect(await value('b', 'k')).toBe('b/k/2');
    expect(await value('a', 'other')).toBe('a/other/3');
    revisions.a = '2';
    expect(await value('a', 'k')).toBe('a/k/4');
    expect(await value('b', 'k')).toBe('b/k/2');
  });

  it('computes every time on a store without revisions, and forgets a failure', async () => {
    const memo = tenantMemo<number>(['contract']);
    let computed = 0;
    const plain = {} as Repository;
    await memo.get(plain, 'a', 'k', () => Promise.resolve(++computed));
    await memo.get(plain, 'a', 'k', () => Promise.resolve(++computed));
    expect(computed).toBe(2);
    const store = storeAt({ a: '1' });
    await expect(memo.get(store, 'a', 'k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await Promise.resolve();
    expect(await memo.get(store, 'a', 'k', () => Promise.resolve(7))).toBe(7);
  });
});
