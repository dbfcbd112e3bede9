// Deep links from Teams: the context's subPageId opens its item even when the content URL already has a hash.
import { deepLinkHash, parseRoute } from './route';

describe('deepLinkHash', () => {
  it('takes the subPageId over the hash of the channel tab content URL', () => {
    expect(deepLinkHash('sager/case-1', '#/sager')).toBe('#/sager/case-1');
    expect(parseRoute(deepLinkHash('leverandoerer/p-7', '#/kontrakter')!)).toMatchObject({
      view: 'leverandoerer',
      rest: ['p-7'],
    });
  });

  it('applies to a page without a hash, and reads a subPageId written with a leading #/', () => {
    expect(deepLinkHash('sager/case-1', '')).toBe('#/sager/case-1');
    expect(deepLinkHash('#/sager/case-1', '#/overblik')).toBe('#/sager/case-1');
  });

  it('changes nothing without a subPageId or when the page already shows it', () => {
    expect(deepLinkHash(undefined, '#/sager')).toBeUndefined();
    expect(deepLinkHash('  ', '#/sager')).toBeUndefined();
    expect(deepLinkHash('sager/case-1', '#/sager/case-1')).toBeUndefined();
  });
});
