// "Tilbage til søgningen" returns to the catalogue with the filters last searched for.
import { rememberSearch, searchHref } from './searchMemory';

describe('the remembered catalogue search', () => {
  it('gives the catalogue with the last filters, and the plain catalogue after a search without any', () => {
    rememberSearch(new URLSearchParams('region=Midtjylland&q=bo'));
    expect(searchHref()).toBe('#/leverandoerer?region=Midtjylland&q=bo');
    rememberSearch(new URLSearchParams(''));
    expect(searchHref()).toBe('#/leverandoerer');
  });
});
