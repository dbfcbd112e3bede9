// The figures' status in Danish: Danish time, summer and winter, pending or not.
import { figuresStatusText, formatMoment } from './figuresStatusText';

it('writes an instant as day and time in Denmark, in winter and summer time', () => {
  expect(formatMoment('2026-01-05T23:30:00Z')).toBe('06.01.2026 kl. 00.30');
  expect(formatMoment('2026-07-01T08:05:00.000Z')).toBe('01.07.2026 kl. 10.05');
});

it('says the figures are being updated after a settings change, and when they were last', () => {
  expect(figuresStatusText({ pendingSince: '2026-03-01T09:00:00Z', updatedAt: '2026-03-01T04:00:00Z' })).toBe(
    'Tallene bliver opdateret efter ændringen af indstillingerne 01.03.2026 kl. 10.00; det tager normalt nogle ' +
      'minutter. Senest opdateret 01.03.2026 kl. 05.00.',
  );
  expect(figuresStatusText({ pendingSince: '2026-03-01T09:00:00Z' })).toBe(
    'Tallene bliver opdateret efter ændringen af indstillingerne 01.03.2026 kl. 10.00; det tager normalt nogle minutter.',
  );
  expect(figuresStatusText({ updatedAt: '2026-03-01T04:00:00Z' })).toBe('Senest opdateret 01.03.2026 kl. 05.00.');
  expect(figuresStatusText({})).toBeUndefined();
});
