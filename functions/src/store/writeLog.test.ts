// A write log lists the ids written after a count while it keeps them all, per tenant and kind.
import { WriteLog } from './writeLog';

it('lists the writes after a count, per tenant and kind, oldest first', () => {
  const log = new WriteLog();
  log.record('t', 'contract', 'a');
  log.record('t', 'case', 'c');
  log.record('u', 'contract', 'x');
  log.record('t', 'contract', 'b');
  log.record('t', 'contract', 'a');
  expect(log.count('t', 'contract')).toBe(3);
  expect(log.since('t', 'contract', 0)).toEqual(['a', 'b', 'a']);
  expect(log.since('t', 'contract', 2)).toEqual(['a']);
  expect(log.since('t', 'contract', 3)).toEqual([]);
  expect(log.since('t', 'milestone', 0)).toEqual([]);
  // A count it never reached, or none at all, lists nothing.
  expect(log.since('t', 'contract', 4)).toBeUndefined();
  expect(log.since('t', 'contract', Number.NaN)).toBeUndefined();
});

it('keeps the latest thousands of ids, and lists nothing for a count before those', () => {
  const log = new WriteLog();
  for (let i = 0; i < 9000; i++) log.record('t', 'milestone', `m${i}`);
  expect(log.since('t', 'milestone', 0)).toBeUndefined();
  expect(log.since('t', 'milestone', 8000)).toEqual(Array.from({ length: 1000 }, (_, i) => `m${8000 + i}`));
  expect(log.since('t', 'milestone', 4904)).toHaveLength(4096);
});
