// The reminders list's count of overdue and coming deadlines in Danish plurals, and the line naming a contract.
import { contractLine, reminderSummary } from './reminderText';

describe('reminderSummary', () => {
  it('counts in singular and plural, and says none', () => {
    expect(reminderSummary(1, 1, 30)).toBe('1 overskreden frist og 1 frist de næste 30 dage.');
    expect(reminderSummary(2, 3, 30)).toBe('2 overskredne frister og 3 frister de næste 30 dage.');
    expect(reminderSummary(0, 2, 30)).toBe('Ingen overskredne frister og 2 frister de næste 30 dage.');
    expect(reminderSummary(4, 0, 30)).toBe('4 overskredne frister og ingen frister de næste 30 dage.');
  });
});

describe('contractLine', () => {
  it("names the contract's case and provider, or what of them it holds", () => {
    const contract = { title: 'Botilbud', caseReference: '2026-0012', providerName: 'Lyngvænget ApS' };
    expect(contractLine(contract)).toBe('Sag 2026-0012 · Lyngvænget ApS');
    expect(contractLine({ title: 'Botilbud', providerName: 'Lyngvænget ApS' })).toBe('Lyngvænget ApS');
    expect(contractLine(undefined)).toBe('');
  });
});
