// NCRONTAB schedules: parsing, and the next and previous occurrence of the timers' schedules and harder ones.
import fc from 'fast-check';

import { matches, nextOccurrence, parseSchedule, previousOccurrence, scheduleOf } from './ncrontab';

const at = (iso: string) => new Date(iso);
const iso = (date: Date | undefined) => date?.toISOString();

describe('parseSchedule', () => {
  it.each([
    ['0 0 5 * *', 'has 5 fields'],
    ['60 0 5 * * *', 'second field "60" is outside 0-59'],
    ['0 0 24 * * *', 'hour field "24" is outside 0-23'],
    ['0 0 5 0 * *', 'day field "0" is outside 1-31'],
    ['0 */0 * * * *', 'step below 1'],
    ['0 5-2 * * * *', 'outside 0-59'],
    ['0 a * * * *', 'is not a number, range, list or step'],
  ])('refuses %s: %s', (expression, reason) => {
    const parsed = parseSchedule(expression);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain(reason);
  });

  it('reads lists, ranges and steps, and 7 as Sunday', () => {
    const parsed = parseSchedule('0,30 10-20/5 */6 1 1,6 7');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect([...parsed.schedule.seconds]).toEqual([0, 30]);
    expect([...parsed.schedule.minutes]).toEqual([10, 15, 20]);
    expect([...parsed.schedule.hours]).toEqual([0, 6, 12, 18]);
    expect([...parsed.schedule.months]).toEqual([1, 6]);
    expect([...parsed.schedule.weekdays]).toEqual([0]);
  });

  it('reads `n/step` as from n to the end', () => {
    const parsed = parseSchedule('0 5/20 * * * *');
    expect(parsed.ok && [...parsed.schedule.minutes]).toEqual([5, 25, 45]);
  });
});

describe('the daily milestone job at 05:00', () => {
  const daily = scheduleOf('0 0 5 * * *');

  it('comes next today before 05:00 and tomorrow after', () => {
    expect(iso(nextOccurrence(daily, at('2026-12-07T04:59:59.500Z')))).toBe('2026-12-07T05:00:00.000Z');
    expect(iso(nextOccurrence(daily, at('2026-12-07T05:00:00.000Z')))).toBe('2026-12-08T05:00:00.000Z');
    expect(iso(nextOccurrence(daily, at('2026-12-31T06:00:00Z')))).toBe('2027-01-01T05:00:00.000Z');
  });

  it('was last today at 05:00 once passed, else yesterday', () => {
    expect(iso(previousOccurrence(daily, at('2026-12-07T05:00:00.000Z')))).toBe('2026-12-07T05:00:00.000Z');
    expect(iso(previousOccurrence(daily, at('2026-12-07T14:10:00Z')))).toBe('2026-12-07T05:00:00.000Z');
    expect(iso(previousOccurrence(daily, at('2026-12-07T04:59:59.999Z')))).toBe('2026-12-06T05:00:00.000Z');
    expect(iso(previousOccurrence(daily, at('2027-01-01T01:00:00Z')))).toBe('2026-12-31T05:00:00.000Z');
  });
});

describe('the reminder outbox every 10 minutes', () => {
  const outbox = scheduleOf('0 */10 * * * *');

  it('steps to the next whole ten minutes, across the hour and the day', () => {
    expect(iso(nextOccurrence(outbox, at('2026-12-07T14:03:12Z')))).toBe('2026-12-07T14:10:00.000Z');
    expect(iso(nextOccurrence(outbox, at('2026-12-07T23:55:00Z')))).toBe('2026-12-08T00:00:00.000Z');
    expect(iso(previousOccurrence(outbox, at('2026-12-07T14:09:59Z')))).toBe('2026-12-07T14:00:00.000Z');
  });
});

describe('rarer schedules', () => {
  it('finds February 29th, and day and weekday both matching', () => {
    expect(iso(nextOccurrence(scheduleOf('0 0 0 29 2 *'), at('2026-12-07T00:00:00Z')))).toBe(
      '2028-02-29T00:00:00.000Z',
    );
    // The 13th that is a Friday (both fields must match, as NCRONTAB reads them).
    expect(iso(nextOccurrence(scheduleOf('0 0 9 13 * 5'), at('2026-12-07T00:00:00Z')))).toBe(
      '2027-08-13T09:00:00.000Z',
    );
    expect(iso(previousOccurrence(scheduleOf('0 0 9 13 * 5'), at('2026-12-07T00:00:00Z')))).toBe(
      '2026-11-13T09:00:00.000Z',
    );
  });

  it('answers undefined for a day that never comes', () => {
    expect(nextOccurrence(scheduleOf('0 0 0 30 2 *'), at('2026-12-07T00:00:00Z'))).toBeUndefined();
    expect(previousOccurrence(scheduleOf('0 0 0 31 4 *'), at('2026-12-07T00:00:00Z'))).toBeUndefined();
  });
});

describe('next and previous at random instants', () => {
  const schedules = ['0 */10 * * * *', '30 15 */3 * * *', '0 0 5 * * 1-5', '*/20 59 23 * * *'].map(scheduleOf);

  it('next is the first matching second after, previous the last at or before', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...schedules),
        fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-12-31T00:00:00Z') }),
        (schedule, time) => {
          const next = nextOccurrence(schedule, new Date(time))!;
          const previous = previousOccurrence(schedule, new Date(time))!;
          expect(matches(schedule, next) && matches(schedule, previous)).toBe(true);
          expect(next.getTime()).toBeGreaterThan(time);
          expect(previous.getTime()).toBeLessThanOrEqual(time);
          // Nothing matches between them: the one after the previous is the next.
          expect(nextOccurrence(schedule, previous)!.getTime()).toBe(next.getTime());
        },
      ),
      { numRuns: 200 },
    );
  });
});
