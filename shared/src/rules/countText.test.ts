// Danish counts: singular for exactly one, plural otherwise.
import { countText } from './countText';

describe('countText', () => {
  it('uses the singular for one and the plural for none and many', () => {
    expect(countText(1, 'række', 'rækker')).toBe('1 række');
    expect(countText(0, 'række', 'rækker')).toBe('0 rækker');
    expect(countText(12, 'accepteret afvigelse', 'accepterede afvigelser')).toBe('12 accepterede afvigelser');
  });
});
