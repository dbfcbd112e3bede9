// Date ranges run forwards at any depth of an input; equal dates and open ends are fine.
import { findUnorderedRanges } from './dateRanges';

describe('findUnorderedRanges', () => {
  it('names the end of every range that ends before it starts, at any depth', () => {
    const input = {
      startDate: '2026-05-01',
      endDate: '2026-04-30',
      rates: [
        { validFrom: '2026-01-01', validTo: '2026-12-31' },
        {
          validFrom: '2026-02-01',
          validTo: '2026-01-31',
          history: [{ validFrom: '2025-01-02', validTo: '2025-01-01' }],
        },
      ],
      invoice: { periodFrom: '2026-02-28', periodTo: '2026-02-01' },
    };
    expect(findUnorderedRanges(input)).toEqual({
      endDate: 'Slutdatoen må ikke ligge før startdatoen.',
      'rates.1.validTo': 'Gyldig til-datoen må ikke ligge før gyldig fra-datoen.',
      'rates.1.history.0.validTo': 'Gyldig til-datoen må ikke ligge før gyldig fra-datoen.',
      'invoice.periodTo': 'Periodens slut må ikke ligge før periodens start.',
    });
  });

  it('accepts one-day ranges, open ends, and from/to fields that are not dates', () => {
    expect(
      findUnorderedRanges({
        startDate: '2026-05-01',
        endDate: '2026-05-01',
        validFrom: '2026-01-01',
        from: 'need',
        to: 'agreement',
      }),
    ).toEqual({});
  });
});
