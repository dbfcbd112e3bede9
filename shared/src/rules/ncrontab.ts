// NCRONTAB schedules as Azure Functions timers read them ("sec min hour day month weekday", UTC): parse, test, step.

/** The six fields of an NCRONTAB expression, each as the set of values it allows. */
export interface Schedule {
  readonly expression: string;
  readonly seconds: ReadonlySet<number>;
  readonly minutes: ReadonlySet<number>;
  readonly hours: ReadonlySet<number>;
  readonly days: ReadonlySet<number>;
  readonly months: ReadonlySet<number>;
  readonly weekdays: ReadonlySet<number>;
}

export type ParsedSchedule = { ok: true; schedule: Schedule } | { ok: false; reason: string };

const FIELDS = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  // 7 is Sunday too, as in cron.
  { name: 'weekday', min: 0, max: 7 },
] as const;

/** One field: `*`, `n`, `a-b`, each optionally `/step`, joined by commas. */
function parseField(text: string, field: (typeof FIELDS)[number]): Set<number> | string {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match) return `the ${field.name} field "${text}" is not a number, range, list or step`;
    const from = match[1] === '*' ? field.min : Number(match[2]);
    const to = match[1] === '*' ? field.max : match[3] !== undefined ? Number(match[3]) : match[4] ? field.max : from;
    const step = match[4] !== undefined ? Number(match[4]) : 1;
    if (from < field.min || to > field.max || from > to) {
      return `the ${field.name} field "${text}" is outside ${field.min}-${field.max}`;
    }
    if (step < 1) return `the ${field.name} field "${text}" has a step below 1`;
    for (let value = from; value <= to; value += step) values.add(field.name === 'weekday' ? value % 7 : value);
  }
  return values;
}

/** Parses a six-field NCRONTAB expression, e.g. `0 0 5 * * *` (05:00:00 every day) or `0 *\/10 * * * *`. */
export function parseSchedule(expression: string): ParsedSchedule {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 6) return { ok: false, reason: `"${expression}" has ${parts.length} fields, NCRONTAB has 6` };
  const sets: Set<number>[] = [];
  for (const [i, field] of FIELDS.entries()) {
    const parsed = parseField(parts[i]!, field);
    if (typeof parsed === 'string') return { ok: false, reason: parsed };
    sets.push(parsed);
  }
  const [seconds, minutes, hours, days, months, weekdays] = sets as [Set<number>, ...Set<number>[]];
  return {
    ok: true,
    schedule: {
      expression,
      seconds,
      minutes: minutes!,
      hours: hours!,
      days: days!,
      months: months!,
      weekdays: weekdays!,
    },
  };
}

/** Parses an expression the code declares; a malformed one is a programming error. */
export function scheduleOf(expression: string): Schedule {
  const parsed = parseSchedule(expression);
  if (!parsed.ok) throw new Error(`Invalid NCRONTAB schedule: ${parsed.reason}`);
  return parsed.schedule;
}

/** A day matches when both its day of month and its weekday do, as NCRONTAB reads them (not cron's "either"). */
function dayMatches(schedule: Schedule, at: Date): boolean {
  return schedule.days.has(at.getUTCDate()) && schedule.weekdays.has(at.getUTCDay());
}

/** Whether the schedule fires at this whole second (UTC). */
export function matches(schedule: Schedule, at: Date): boolean {
  return (
    schedule.months.has(at.getUTCMonth() + 1) &&
    dayMatches(schedule, at) &&
    schedule.hours.has(at.getUTCHours()) &&
    schedule.minutes.has(at.getUTCMinutes()) &&
    schedule.seconds.has(at.getUTCSeconds())
  );
}

/** Far enough to find any occurrence: February 29th on a given weekday recurs within 28 years. */
const SEARCH_LIMIT_MS = 29 * 366 * 86_400_000;

/**
 * The first occurrence strictly after `after`, or undefined when none comes (e.g. February 30th). Walks by the
 * largest unit that does not match, so a step is a month, a day, an hour, a minute or a second.
 */
export function nextOccurrence(schedule: Schedule, after: Date): Date | undefined {
  const t = new Date(Math.floor(after.getTime() / 1000) * 1000 + 1000);
  const limit = after.getTime() + SEARCH_LIMIT_MS;
  while (t.getTime() <= limit) {
    if (!schedule.months.has(t.getUTCMonth() + 1)) {
      t.setUTCMonth(t.getUTCMonth() + 1, 1);
      t.setUTCHours(0, 0, 0);
    } else if (!dayMatches(schedule, t)) {
      t.setUTCDate(t.getUTCDate() + 1);
      t.setUTCHours(0, 0, 0);
    } else if (!schedule.hours.has(t.getUTCHours())) t.setUTCHours(t.getUTCHours() + 1, 0, 0);
    else if (!schedule.minutes.has(t.getUTCMinutes())) t.setUTCMinutes(t.getUTCMinutes() + 1, 0);
    else if (!schedule.seconds.has(t.getUTCSeconds())) t.setUTCSeconds(t.getUTCSeconds() + 1);
    else return t;
  }
  return undefined;
}

/** The latest occurrence at or before `at`, or undefined when none was. Walks back as `nextOccurrence` walks on. */
export function previousOccurrence(schedule: Schedule, at: Date): Date | undefined {
  const t = new Date(Math.floor(at.getTime() / 1000) * 1000);
  const limit = at.getTime() - SEARCH_LIMIT_MS;
  while (t.getTime() >= limit) {
    if (!schedule.months.has(t.getUTCMonth() + 1)) {
      t.setUTCDate(1);
      t.setUTCHours(0, 0, -1);
    } else if (!dayMatches(schedule, t)) t.setUTCHours(0, 0, -1);
    else if (!schedule.hours.has(t.getUTCHours())) t.setUTCMinutes(0, -1);
    else if (!schedule.minutes.has(t.getUTCMinutes())) t.setUTCSeconds(-1);
    else if (!schedule.seconds.has(t.getUTCSeconds())) t.setUTCSeconds(t.getUTCSeconds() - 1);
    else return t;
  }
  return undefined;
}
