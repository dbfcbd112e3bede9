// Tests for rounding kroner to øre and percentages.
import { roundKr, roundPercent } from './money';

describe('roundKr', () => {
  it('rounds to øre, half away from zero, despite binary fractions', () => {
    expect(roundKr(1.005)).toBe(1.01);
    expect(roundKr(2.675)).toBe(2.68);
    expect(roundKr(1234.564)).toBe(1234.56);
    expect(roundKr(-1.005)).toBe(-1.01);
    expect(roundKr(0.1 + 0.2)).toBe(0.3);
    expect(roundKr(730000)).toBe(730000);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundKr(-0.001), 0)).toBe(true);
  });

  it('rounds percentages to two decimals', () => {
    expect(roundPercent(5.0625)).toBe(5.06);
    expect(roundPercent(2.6)).toBe(2.6);
  });
});
