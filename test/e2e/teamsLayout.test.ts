// Every Teams view at 1280, 1024 and 768 px in the light, dark and high-contrast themes: no two form controls
// overlap, no text is cut off by its box, the page does not scroll sideways, and axe finds nothing serious or
// critical. Each view opens once per theme and is resized through the widths; a screenshot of each is written for a
// person to look at (see support/screens.ts).
import { severeViolations } from './support/axe';
import { layoutProblems } from './support/layout';
import { photograph } from './support/screens';
import { apiCall, describeTab, openSettled, tokenFor } from './support/teamsTab';
import { resizedTo } from './support/until';

// Thirteen views, three themes, three widths, on a shared two-core machine.
jest.setTimeout(600_000);

const WIDTHS = [1280, 1024, 768];
const THEMES = ['default', 'dark', 'contrast'];

describeTab('Teams tab layout in Chromium', (tab) => {
  /** Each view by name: its route and the role that opens it. */
  let views: Record<string, [string, string]>;

  beforeAll(async () => {
    const token = await tokenFor(tab, 'manager');
    const get = async (path: string) => (await apiCall(tab.host, token, 'GET', path)).body.items;
    const [provider] = await get('/api/providers?limit=1');
    const [someCase] = await get('/api/cases?phase=choice&limit=1');
    const [contract] = await get('/api/contracts?status=active&sort=cost&limit=1');
    const [clause] = await get('/api/clauses?limit=1');
    views = {
      tavle: ['#/sager', 'caseworker'],
      liste: ['#/sager?visning=liste', 'caseworker'],
      sag: [`#/sager/${someCase.id}`, 'caseworker'],
      'ny sag': ['#/sager/ny', 'caseworker'],
      søgning: ['#/leverandoerer', 'caseworker'],
      leverandør: [`#/leverandoerer/${provider.id}`, 'caseworker'],
      kontrakter: ['#/kontrakter', 'negotiator'],
      kontrakt: [`#/kontrakter/${contract.id}`, 'negotiator'],
      fakturaer: ['#/kontrakter/fakturaer', 'finance'],
      overblik: ['#/overblik', 'manager'],
      klausuler: ['#/klausuler', 'procurement'],
      klausul: [`#/klausuler/${clause.id}`, 'procurement'],
    };
  }, 60_000);

  it.each(THEMES)('holds at every width in the %s theme', async (theme) => {
    const found: Record<string, string[]> = {};
    for (const [name, [route, role]] of Object.entries(views)) {
      const { page } = await openSettled(tab, role, route, theme);
      const problems = await severeViolations(page);
      for (const width of WIDTHS) {
        await resizedTo(page, width, 900);
        const shot = `teams-${name.replace(/ /g, '-')}-${width}-${theme}`;
        problems.push(...(await layoutProblems(page)).map((p) => `${width} px: ${p}`));
        problems.push(...(await photograph(page, shot, page.locator('main'))));
      }
      if (problems.length > 0) found[name] = problems;
      await page.close();
    }
    expect(found).toEqual({});
  });
});
