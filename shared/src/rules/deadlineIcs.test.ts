// Tests for a deadline as an iCalendar file: an all-day event, escaped and folded text, CRLF lines.
import { deadlineIcs } from './deadlineIcs';

const deadline = {
  uid: 'ms-k1-followUp-2026-12-02@koberollen',
  title: 'Opfølgning: Lyngvænget; tilsyn, status',
  dueDate: '2026-12-02',
  description: 'Kontrakt: Midlertidigt botilbud',
  url: 'https://koberollen.example/teams/#/kontrakter/k1',
  now: new Date('2026-11-20T08:30:00Z'),
};

describe('deadlineIcs', () => {
  it('is one all-day event on the due date with a reminder, lines ending in CRLF', () => {
    const text = deadlineIcs(deadline);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n')).toEqual(
      expect.arrayContaining([
        'BEGIN:VEVENT',
        'UID:ms-k1-followUp-2026-12-02@koberollen',
        'DTSTAMP:20261120T083000Z',
        'DTSTART;VALUE=DATE:20261202',
        'DTEND;VALUE=DATE:20261203',
        'SUMMARY:Opfølgning: Lyngvænget\\; tilsyn\\, status',
        'URL:https://koberollen.example/teams/#/kontrakter/k1',
        'TRIGGER:-PT15H',
      ]),
    );
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = deadlineIcs({ ...deadline, description: 'æ'.repeat(100) });
    const lines = long.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = long.replace(/\r\n /g, '').split('\r\n');
    expect(unfolded).toContain(`DESCRIPTION:${'æ'.repeat(100)}\\nhttps://koberollen.example/teams/#/kontrakter/k1`);
  });
});
