import { bucketsOf, soonestLists, windowCounts } from './dueBuckets';

const TODAY = '2026-03-15';

describe('due counts from day buckets', () => {
  const buckets = bucketsOf({
    'expiry~2026-03-01': 2,
    'expiry~2026-03-15': 1,
    'expiry~2026-04-14': 3,
    'expiry~2026-04-15': 4,
    'regulation~2026-06-13': 5,
    'regulation~2026-06-14': 6,
    'followUp~2026-03-14': 1,
    'not a bucket': 9,
  });

  it('reads the windows against today, so a date passing moves a bucket without a write', () => {
    expect(windowCounts(buckets, TODAY)).toEqual({
      'expiry/overdue': 2,
      'expiry/days30': 4,
      'expiry/days60': 4,
      'regulation/days90': 5,
      'followUp/overdue': 1,
    });
    expect(windowCounts(buckets, '2026-03-16')).toMatchObject({ 'expiry/overdue': 3, 'followUp/overdue': 1 });
  });

  it('lists whole buckets up to each kind’s need, and the last one alone for those that would read the most', () => {
    const lists = soonestLists(buckets, TODAY, () => 4, 1);
    // expiry: 2 + 1 whole, then 1 of a bucket of 3; regulation: 4 of a bucket of 5 (one more than needed).
    expect(lists.parts).toEqual([{ key: 'expiry~2026-04-14', need: 1 }]);
    expect(lists.whole.keys).toEqual([
      'expiry~2026-03-01',
      'followUp~2026-03-14',
      'expiry~2026-03-15',
      'regulation~2026-06-13',
    ]);
    expect(lists.whole.total).toBe(2 + 1 + 1 + 5);
    expect(soonestLists(buckets, TODAY, () => 0, 3)).toEqual({ whole: { keys: [], total: 0 }, parts: [] });
  });
});
