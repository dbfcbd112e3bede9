// Tests for CPR-number detection in free text.
import { containsCprNumber, CPR_REFUSAL } from './cpr';

describe('containsCprNumber', () => {
  it('finds a CPR number with or without a hyphen, inside text', () => {
    expect(containsCprNumber('010190-1234')).toBe(true);
    expect(containsCprNumber('0101901234')).toBe(true);
    expect(containsCprNumber('Borgeren (311299–4321) flytter ind')).toBe(true);
    expect(containsCprNumber('290296‑1111')).toBe(true);
  });

  it('ignores digits that are not a valid day and month', () => {
    expect(containsCprNumber('320190-1234')).toBe(false);
    expect(containsCprNumber('011390-1234')).toBe(false);
    expect(containsCprNumber('000190-1234')).toBe(false);
    expect(containsCprNumber('300290-1234')).toBe(false);
  });

  it('ignores longer or shorter digit runs and ordinary numbers', () => {
    expect(containsCprNumber('12345678901')).toBe(false);
    expect(containsCprNumber('010190-12345')).toBe(false);
    expect(containsCprNumber('Sag 2026-00123, takst 2.000 kr., tlf. 12 34 56 78')).toBe(false);
    expect(containsCprNumber('CVR 24256790')).toBe(false);
    expect(containsCprNumber('')).toBe(false);
  });

  it('finds a CPR number after a non-matching one', () => {
    expect(containsCprNumber('320190-1234 og 150585-4321')).toBe(true);
  });

  it('explains the refusal in Danish', () => {
    expect(CPR_REFUSAL).toContain('CPR-nummer');
  });
});
