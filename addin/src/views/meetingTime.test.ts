// Meeting times typed in Danish and shown back the same way.
import { formatMeetingStart, meetingStart } from './meetingTime';

describe('meeting start', () => {
  it('reads a Danish date and time into the local date-time the API takes', () => {
    expect(meetingStart('01.04.2026', '10.00')).toBe('2026-04-01T10:00');
    expect(meetingStart('1.4.2026', '9:30')).toBe('2026-04-01T09:30');
  });

  it('refuses what is no date or time', () => {
    expect(meetingStart('31.04.2026', '10.00')).toBeUndefined();
    expect(meetingStart('01.04.2026', '24.00')).toBeUndefined();
    expect(meetingStart('01.04.2026', '10')).toBeUndefined();
    expect(meetingStart('2026-04-01', '10.00')).toBeUndefined();
  });

  it('shows a start as dd.mm.åååå kl. tt.mm', () => {
    expect(formatMeetingStart('2026-04-01T09:30')).toBe('01.04.2026 kl. 09.30');
  });
});
