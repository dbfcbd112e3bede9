// The API's validation messages read as plain Danish naming the limit in the field's unit.
import { z } from 'zod';

import { issueText } from './issueText';

const Body = z.strictObject({
  followUpCadenceMonths: z.number().int().min(1).max(24),
  weeklyHours: z.number().positive().max(168),
  unitPrice: z.number().nonnegative().max(10_000),
  title: z.string().min(1).max(200),
  lines: z.array(z.string()).min(1).max(2),
  startDate: z.iso.date(),
  kind: z.enum(['a', 'b']),
});

const valid = {
  followUpCadenceMonths: 6,
  weeklyHours: 10,
  unitPrice: 10,
  title: 'Botilbud',
  lines: ['x'],
  startDate: '2026-03-01',
  kind: 'a',
};

/** The message of each field for the body, worded by `issueText`. */
function messages(body: Record<string, unknown>): Record<string, string> {
  const result = Body.safeParse(body, { error: issueText });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.') || '(rod)', issue.message]));
}

describe('issueText', () => {
  it('names the upper and lower limit in the field unit', () => {
    expect(messages({ ...valid, followUpCadenceMonths: 25 })).toEqual({ followUpCadenceMonths: 'Højst 24 måneder.' });
    expect(messages({ ...valid, followUpCadenceMonths: 0 })).toEqual({ followUpCadenceMonths: 'Mindst 1 måned.' });
    expect(messages({ ...valid, weeklyHours: 0 })).toEqual({ weeklyHours: 'Skal være over 0 timer.' });
    expect(messages({ ...valid, unitPrice: 20_000 })).toEqual({ unitPrice: 'Højst 10.000,00 kr.' });
  });

  it('words text, lists, dates, choices, missing and unknown fields', () => {
    expect(messages({ ...valid, title: '', lines: ['a', 'b', 'c'], startDate: '01.03.2026', kind: 'c' })).toEqual({
      title: 'Skal udfyldes.',
      lines: 'Højst 2 på listen.',
      startDate: 'Datoen kan ikke læses.',
      kind: 'Ikke en af de mulige værdier.',
    });
    const { title: _title, ...untitled } = valid;
    expect(messages({ ...untitled, weeklyHours: 'ti', extra: 1 })).toEqual({
      title: 'Skal udfyldes.',
      weeklyHours: 'Skal være et tal.',
      '(rod)': 'Feltet kendes ikke.',
    });
    expect(messages({ ...valid, title: 'x'.repeat(201) })).toEqual({ title: 'Højst 200 tegn.' });
  });

  it('leaves a schema its own message', () => {
    const Period = z.object({ to: z.string() }).refine(() => false, { message: 'Perioden er bagvendt', path: ['to'] });
    expect(Period.safeParse({ to: 'x' }, { error: issueText }).error?.issues[0]?.message).toBe('Perioden er bagvendt');
  });
});
