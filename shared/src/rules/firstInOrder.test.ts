// The first n in an order equal a stable sort's first n, ties kept in their order.
import { firstInOrder } from './firstInOrder';

describe('firstInOrder', () => {
  const byValue = (a: { value: number }, b: { value: number }) => a.value - b.value;

  it("gives a stable sort's first n, ties in their order, for any n", () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const items = Array.from({ length: 500 }, (_, id) => ({ id, value: Math.floor(random() * 40) }));
    for (const n of [0, 1, 3, 10, 40, 499, 500, 800]) {
      expect(firstInOrder(items, n, byValue)).toEqual([...items].sort(byValue).slice(0, n));
    }
  });

  it('takes any iterable, and gives nothing of nothing', () => {
    expect(firstInOrder(new Set([3, 1, 2]), 2, (a, b) => a - b)).toEqual([1, 2]);
    expect(firstInOrder([], 5, byValue)).toEqual([]);
  });
});
