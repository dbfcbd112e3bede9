// The routes table: which page shows a route, when a page is mounted afresh, and the reads each page starts with.
import { createApiClient, type FetchLike } from '@koberollen/shared/api/client';

import { pageKeyOf, pageOf, PAGES, startRouteData } from './pages';
import { parseRoute } from './route';

const page = (hash: string) => pageOf(parseRoute(hash));

/** The URLs the reads a route starts ask for. */
function readsOf(hash: string): string[] {
  const urls: string[] = [];
  const fetch: FetchLike = (url) => {
    urls.push(url.replace('http://host', ''));
    return new Promise(() => undefined);
  };
  startRouteData(
    createApiClient({ baseUrl: 'http://host', getToken: () => Promise.resolve('t'), fetch }),
    parseRoute(hash),
  );
  return urls;
}

/** Lets the token promise settle, so the reads have been sent. */
const sent = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the routes table', () => {
  it('gives each route below a view the page that shows it', () => {
    expect(page('#/leverandoerer/sammenlign?tilbud=p1')).toBe(PAGES.leverandoerer[0]);
    expect(page('#/leverandoerer/import')).toBe(PAGES.leverandoerer[1]);
    expect(page('#/leverandoerer/p-7')).toBe(PAGES.leverandoerer[2]);
    expect(page('#/leverandoerer?q=bo')).toBe(PAGES.leverandoerer[3]);
    expect(page('#/sager/ny')).toBe(PAGES.sager[0]);
    expect(page('#/konfiguration')).toBe(PAGES.sager[2]);
    expect(page('#/kontrakter/fakturaer/import')).toBe(PAGES.kontrakter[0]);
    expect(page('#/klausuler/skabeloner/t-1')).toBe(PAGES.klausuler[0]);
    expect(page('#/klausuler/tjeklister/c-1')).toBe(PAGES.klausuler[1]);
    expect(page('#/klausuler/emner/nyt')).toBe(PAGES.klausuler[2]);
    expect(page('#/klausuler/emner/e-1')).toBe(PAGES.klausuler[3]);
    expect(page('#/klausuler/kontrakttyper/botilbud-107')).toBe(PAGES.klausuler[4]);
    expect(page('#/klausuler/k-1')).toBe(PAGES.klausuler[5]);
    expect(page('#/klausuler/skabeloner')).toBe(PAGES.klausuler[6]);
  });

  it('mounts a page afresh for another record, not for other filters or the import beside the invoices', () => {
    expect(pageKeyOf(parseRoute('#/sager/a'))).not.toBe(pageKeyOf(parseRoute('#/sager/b')));
    expect(pageKeyOf(parseRoute('#/sager?fase=2'))).toBe(pageKeyOf(parseRoute('#/sager')));
    expect(pageKeyOf(parseRoute('#/kontrakter/fakturaer'))).toBe(
      pageKeyOf(parseRoute('#/kontrakter/fakturaer/import')),
    );
    expect(pageKeyOf(parseRoute('#/kontrakter'))).not.toBe(pageKeyOf(parseRoute('#/kontrakter/fakturaer')));
  });

  it("starts the reads of the route's page, and none a page's own filters must make", async () => {
    const contract = readsOf('#/kontrakter/c-1');
    const filtered = readsOf('#/leverandoerer?q=bo');
    const search = readsOf('#/leverandoerer');
    const create = readsOf('#/sager/ny');
    const library = readsOf('#/klausuler');
    const register = readsOf('#/kontrakter');
    await sent();
    expect(register).toEqual(['/api/follow-up?items=8', '/api/contracts?sort=title&limit=50']);
    // The contract's clause titles are asked for with it, not once it has arrived.
    expect(contract).toEqual([
      '/api/contracts/c-1',
      '/api/milestones?contractId=c-1&limit=200',
      '/api/contracts/c-1/clause-versions',
    ]);
    expect(library).toEqual([
      '/api/topics?limit=200',
      '/api/contract-types?limit=100',
      '/api/clause-summaries?limit=200',
    ]);
    expect(filtered).toEqual([]);
    expect(search).toEqual(['/api/providers?limit=20']);
    expect(create).toEqual([]);
  });
});
