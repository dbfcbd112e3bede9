// The contract form's draft: dates shown and typed as dd.mm.åååå, sent to the API as ISO dates.
import { contractInputOf, draftOf, invalidDates, weeklyHoursError } from './contractDraft';

describe('contract draft dates', () => {
  it('reads typed Danish dates into ISO dates for the API', () => {
    const draft = {
      ...draftOf(undefined, { providerId: 'p', offerId: 'o', templateId: 't', title: 'K' }),
      startDate: '01.01.2026',
      renegotiationDate: '1.10.2026',
      rateAmount: '2.450,00',
    };
    const input = contractInputOf(draft, 'case-1');
    expect(input.startDate).toBe('2026-01-01');
    expect(input.rates[0]!.validFrom).toBe('2026-01-01');
    expect(input.renegotiationDate).toBe('2026-10-01');
    expect(input.endDate).toBeUndefined();
    expect(invalidDates(draft)).toEqual([]);
  });

  it('shows a saved contract’s dates as dd.mm.åååå and names the fields that hold no date', () => {
    const input = contractInputOf(
      { ...draftOf(undefined, {}), startDate: '15.03.2026', endDate: '31.12.2027' },
      'case-1',
    );
    const shown = draftOf({ ...input, id: 'c' } as never, {});
    expect([shown.startDate, shown.endDate, shown.rateValidFrom]).toEqual(['15.03.2026', '31.12.2027', '15.03.2026']);
    expect(invalidDates({ ...shown, endDate: '31.02.2027', specialStart: '2026-03-15' })).toEqual([
      'endDate',
      'specialStart',
    ]);
  });
});

describe('contract draft weekly hours', () => {
  const blank = draftOf(undefined, { providerId: 'p', offerId: 'o', templateId: 't', title: 'K' });

  it('sends typed Danish hours, none when left empty, and shows saved hours back', () => {
    expect(contractInputOf({ ...blank, weeklyHours: '7,5' }, 'case-1').weeklyHours).toBe(7.5);
    expect(contractInputOf({ ...blank, weeklyHours: ' ' }, 'case-1').weeklyHours).toBeUndefined();
    const input = contractInputOf({ ...blank, startDate: '01.01.2026', weeklyHours: '6' }, 'case-1');
    expect(draftOf({ ...input, id: 'c' } as never, {}).weeklyHours).toBe('6');
  });

  it('refuses hours that are no number, none or more than a week holds, in Danish', () => {
    expect(weeklyHoursError({ weeklyHours: '' })).toBeUndefined();
    expect(weeklyHoursError({ weeklyHours: '168' })).toBeUndefined();
    for (const bad of ['seks', '0', '-2', '169']) {
      expect(weeklyHoursError({ weeklyHours: bad })).toBe(
        'Skriv timer pr. uge som et tal over 0 og højst 168, fx 7,5.',
      );
    }
  });
});
