// Tests for moving items in the editors' ordered lists.
import { keyed, moveItem, updateKeyed } from './reorder';

describe('reorder', () => {
  it('moves an item up or down and clamps at the ends without changing the input', () => {
    const items = ['a', 'b', 'c'];
    expect(moveItem(items, 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(items, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(items, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(items, 2, 5)).toEqual(['a', 'b', 'c']);
    expect(items).toEqual(['a', 'b', 'c']);
  });

  it('keeps each key with its item and changes only the keyed one', () => {
    const items = [keyed('a'), keyed('b')];
    expect(new Set(items.map((i) => i.key)).size).toBe(2);
    const moved = moveItem(items, 1, 0);
    expect(moved.map((i) => i.key)).toEqual([items[1]!.key, items[0]!.key]);
    expect(updateKeyed(items, items[1]!.key, (v) => v.toUpperCase()).map((i) => i.value)).toEqual(['a', 'B']);
  });
});
