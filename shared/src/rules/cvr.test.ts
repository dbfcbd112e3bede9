// Tests for CVR-number validation (shape and modulus 11).
import { isValidCvr } from './cvr';

describe('isValidCvr', () => {
  it('accepts eight digits passing modulus 11', () => {
    expect(isValidCvr('24256790')).toBe(true);
    expect(isValidCvr('55133018')).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(isValidCvr('24256791')).toBe(false);
    expect(isValidCvr('55133019')).toBe(false);
  });

  it('refuses wrong shapes', () => {
    for (const bad of ['', '2425679', '242567900', '04256790', '2425 6790', 'DK24256790', '2425679a']) {
      expect(isValidCvr(bad)).toBe(false);
    }
  });
});
