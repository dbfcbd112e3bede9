// The delivery line beside a notification: state, attempts and the last error in Danish.
import { deliveryText } from './deliveryText';

describe('deliveryText', () => {
  it('reads a notification from before the outbox as waiting', () => {
    expect(deliveryText(undefined)).toBe('Venter på at blive sendt til Teams');
  });

  it('dates a sent notification', () => {
    expect(deliveryText({ state: 'sent', attempts: 1, sentAt: '2026-12-02T08:15:00.000Z' })).toBe(
      'Sendt til Teams 02.12.2026',
    );
  });

  it('names the attempts and the last error of a failed or retried delivery', () => {
    expect(deliveryText({ state: 'failed', attempts: 5, lastError: 'Teams afviste modtageren.' })).toBe(
      'Kunne ikke sendes til Teams efter 5 forsøg: Teams afviste modtageren.',
    );
    expect(deliveryText({ state: 'pending', attempts: 1, lastError: 'Microsoft Graph svarede ikke.' })).toBe(
      'Venter på at blive sendt til Teams efter 1 forsøg: Microsoft Graph svarede ikke.',
    );
  });
});
