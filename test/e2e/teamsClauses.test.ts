// The Teams tab's clause library in Chromium against the built host: procurement edits a clause's working copy
// (a field from the list, a paragraph moved with the keyboard), compares it word by word with the published version,
// publishes it with a change note and finds version 2 in its history; another clause is retired with a reason its
// history shows; contract types show by their Danish names and a rename shows on the clause; a template's clauses are
// reordered with the keyboard; a case worker sees no edit action and the API refuses the writes anyway; axe finds no
// serious or critical violation on the library's pages, and on the library, a clause and a comparison in every theme.

import { apiCall, describeTab, openTab, severeByView, tokenFor } from './support/teamsTab';
import { countAtLeast, countOf, focused, until, valueOf } from './support/until';

// The default theme's axe walk opens eight views; on a two-core machine overloaded tenfold, 420 s ran out.
jest.setTimeout(720_000);

/** Checked in every theme; the other pages in the default theme. */
const THEMED = ['bibliotek', 'klausul', 'sammenligning'];

interface Listed {
  id: string;
  title: string;
}

describeTab('Teams tab clause library in Chromium', (tab) => {
  let procurement: string;
  let insurance: Listed;

  beforeAll(async () => {
    procurement = await tokenFor(tab, 'procurement');
    const found = (await apiCall(tab.host, procurement, 'GET', '/api/clauses?q=forsikring&limit=50')).body.items;
    insurance = found.find((c: Listed) => c.title === 'Forsikring');
  }, 60_000);

  it('edits a working copy, compares it with the published version and publishes it as version 2', async () => {
    const { page, problems } = await openTab(tab, 'procurement', '#/klausuler');
    await page.getByLabel('Søg efter ord i titel, tekst, vejledning eller genkendelsesord').fill('forsikring');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.getByRole('link', { name: 'Rediger Forsikring' }).click();
    await page.getByRole('heading', { level: 2, name: 'Forsikring' }).waitFor();

    const first = page.getByLabel('Afsnit 1', { exact: true });
    await first.fill('Leverandøren tegner de forsikringer, lovgivningen kræver, og dokumenterer dem senest ');
    const picker = page.getByLabel('Felt fra biblioteket');
    await picker.selectOption({ index: 1 });
    const fieldLabel = (await picker.locator('option:checked').textContent())!;
    await page.getByRole('button', { name: 'Indsæt felt' }).click();
    // The field reads by its Danish name, never by its key.
    await valueOf(
      first,
      `Leverandøren tegner de forsikringer, lovgivningen kræver, og dokumenterer dem senest [${fieldLabel}]`,
    );
    await page.getByLabel('Afsnit 1 med felter').getByText(fieldLabel, { exact: true }).waitFor();

    const paragraphs = page.getByRole('list', { name: 'Afsnit' }).getByRole('listitem');
    const before = await paragraphs.count();
    await page.getByRole('button', { name: 'Tilføj afsnit' }).click();
    const count = await countOf(paragraphs, before + 1);
    const added = page.getByLabel(`Afsnit ${count}`, { exact: true });
    await added.fill('Forsikringerne skal gælde hele kontraktens løbetid.');
    await added.focus();
    await page.keyboard.press('Alt+ArrowUp');
    const moved = page.getByLabel(`Afsnit ${count - 1}`, { exact: true });
    await valueOf(moved, 'Forsikringerne skal gælde hele kontraktens løbetid.');
    await focused(moved);

    await page.getByRole('button', { name: 'Gem arbejdskopien' }).click();
    await page.getByText('Arbejdskopien er gemt.').waitFor();
    await page.getByRole('button', { name: 'Sammenlign med udgivet' }).click();
    await page.getByText('Ændringer fra den udgivne version 1 til arbejdskopien', { exact: false }).waitFor();
    const text = page.getByRole('region', { name: 'Tekst' });
    await until(
      'the comparison to mark "lovgivningen" as added',
      () => text.locator('ins').allTextContents(),
      (added) => added.some((words) => words.includes('lovgivningen')),
    );
    await countAtLeast(text.locator('del'), 1);

    await page.getByLabel('Ændringsnote').fill('Kravet om dokumentation af forsikringerne er præciseret.');
    await page.getByRole('button', { name: 'Udgiv som version 2' }).click();
    const history = page.getByRole('table', { name: 'Versioner' });
    const newest = history.getByRole('row').nth(1);
    await newest.getByText('Kravet om dokumentation af forsikringerne er præciseret.').waitFor();
    const author = tab.tenant.users.find((u) => u.roles.includes('procurement'))!.name;
    expect(await newest.textContent()).toContain('2 (gældende)');
    expect(await newest.textContent()).toContain(author);
    await page.getByText('Udgivet, version 2').waitFor();

    const versions = await apiCall(tab.host, procurement, 'GET', `/api/clauses/${insurance.id}/versions`);
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(versions.body.items[1].paragraphs.at(-2).text).toBe('Forsikringerne skal gælde hele kontraktens løbetid.');
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('retires a published clause with a reason that its history shows', async () => {
    const published = (await apiCall(tab.host, procurement, 'GET', '/api/clauses?status=published&limit=50')).body
      .items;
    const clause = published.find((c: Listed) => c.id !== insurance.id)!;
    const { page, problems } = await openTab(tab, 'procurement', `#/klausuler/${clause.id}`);
    await page.getByRole('heading', { level: 2, name: clause.title }).waitFor();
    await page.getByRole('button', { name: 'Udgå klausulen' }).click();
    const successor = page.getByLabel('Efterfølger');
    await successor.waitFor();
    const using = (await apiCall(tab.host, procurement, 'GET', `/api/templates?clauseId=${clause.id}`)).body.items;
    if (using.length > 0) {
      const listed = page.getByRole('list', { name: 'Skabeloner, der bruger klausulen' });
      const names = using.map((t: { name: string }) => t.name).join(' | ');
      await until(
        `the templates using the clause to be listed: ${names}`,
        async () => (await listed.getByRole('link').allInnerTexts()).join(' | '),
        (shown) => shown === names,
      );
    }
    const chosen = await successor.inputValue();
    const retire = page.getByRole('button', { name: 'Udgå', exact: true });
    expect(await retire.getAttribute('aria-disabled')).toBe('true');
    await page.getByLabel('Begrundelse').fill('Erstattes af den nye standardklausul fra 1. januar.');
    await retire.click();
    await page.getByText('Begrundelse: Erstattes af den nye standardklausul fra 1. januar.').waitFor();
    const author = tab.tenant.users.find((u) => u.roles.includes('procurement'))!.name;
    expect(await page.getByText(/^Udgået .* af /).textContent()).toContain(author);
    const stored = (await apiCall(tab.host, procurement, 'GET', `/api/clauses/${clause.id}`)).body;
    expect(stored).toMatchObject({
      status: 'retired',
      retirement: { reason: 'Erstattes af den nye standardklausul fra 1. januar.' },
    });
    expect(stored.retirement.successorId).toBe(chosen || undefined);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('shows topics by their Danish names and lets procurement add a synonym to one', async () => {
    const { page, problems } = await openTab(tab, 'procurement', '#/klausuler');
    const table = page.getByRole('table', { name: 'Klausuler' });
    await table.getByRole('row', { name: /^Forsikring Forsikring/ }).waitFor();
    expect(await table.innerText()).not.toMatch(/\b(insurance|termination|rate-basis)\b/);
    await page.getByRole('list', { name: 'Emner' }).getByRole('link', { name: 'Opsigelse og ophør' }).click();
    await page.getByRole('heading', { level: 2, name: 'Opsigelse og ophør' }).waitFor();
    const synonyms = page.getByLabel('Synonymer, ét pr. linje');
    await synonyms.fill(`${await synonyms.inputValue()}\nbringe samarbejdet til ende`);
    await page.getByRole('button', { name: 'Gem emnet' }).click();
    await page.getByText('Emnet er gemt. Nye gennemgange bruger navnet og synonymerne.').waitFor();
    const topics = (await apiCall(tab.host, procurement, 'GET', '/api/topics?limit=200')).body.items;
    const termination = topics.find((t: { key: string }) => t.key === 'termination');
    expect(termination.synonyms).toContain('bringe samarbejdet til ende');
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('names contract types in Danish, chosen by name in the clause editor; a rename shows on the clause', async () => {
    // A published clause: an earlier test retires one, and a retired clause has no edit tab.
    const clauses = (await apiCall(tab.host, procurement, 'GET', '/api/clauses?status=published&limit=200')).body
      .items as {
      id: string;
      applicability: { contractTypes: string[] };
    }[];
    const limited = clauses.find(
      ({ applicability: { contractTypes } }) =>
        contractTypes.includes('bostotte-85') && !contractTypes.includes('botilbud-108'),
    )!;
    const { page, problems } = await openTab(tab, 'procurement', `#/klausuler/${limited.id}`);
    await page.getByText(/^Kontrakttyper: .*Socialpædagogisk støtte \(§ 85\)/).waitFor();
    expect(await page.getByRole('article').first().innerText()).not.toMatch(/bostotte-85|botilbud-10[78]/);

    await page.getByRole('link', { name: 'Rediger' }).click();
    const choice = page.getByRole('group', { name: 'Kontrakttyper' });
    expect(await choice.getByRole('checkbox', { name: 'Socialpædagogisk støtte (§ 85)' }).isChecked()).toBe(true);
    expect(await choice.getByRole('checkbox', { name: 'Længerevarende botilbud (§ 108)' }).isChecked()).toBe(false);

    await page.getByRole('link', { name: 'Tilbage til biblioteket' }).click();
    const types = page.getByRole('list', { name: 'Kontrakttyper' });
    await types.getByRole('link', { name: 'Socialpædagogisk støtte (§ 85)' }).click();
    await page.getByRole('heading', { level: 2, name: 'Socialpædagogisk støtte (§ 85)' }).waitFor();
    await page.getByLabel('Navn').fill('Bostøtte i eget hjem (§ 85)');
    await page.getByRole('button', { name: 'Gem navnet' }).click();
    await page.getByText('Navnet er gemt og vises nu overalt, hvor kontrakttypen nævnes.').waitFor();
    const stored = await apiCall(tab.host, procurement, 'GET', '/api/contract-types?limit=50');
    expect(stored.body.items.find((t: { key: string }) => t.key === 'bostotte-85').name).toBe(
      'Bostøtte i eget hjem (§ 85)',
    );

    await page.goto(`${tab.host.baseUrl}/teams/?tenant=${tab.tenant.id}&role=procurement#/klausuler/${limited.id}`);
    await page.getByText(/^Kontrakttyper: .*Bostøtte i eget hjem \(§ 85\)/).waitFor();
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it("reorders a template's clauses with the keyboard and saves the order", async () => {
    const template = (await apiCall(tab.host, procurement, 'GET', '/api/templates?limit=1')).body.items[0];
    const [firstRef, secondRef] = template.sections[0].clauses;
    const { page, problems } = await openTab(tab, 'procurement', `#/klausuler/skabeloner/${template.id}`);
    const list = page.getByRole('list', { name: `Klausuler i ${template.sections[0].title}` });
    const firstTitle = (await list.getByRole('listitem').first().textContent())!
      .replace(/^1\. /, '')
      .split('Obligatorisk')[0]!;
    const down = page.getByRole('button', { name: `Flyt ${firstTitle} ned` });
    await down.focus();
    await page.keyboard.press('Enter');
    await list.getByRole('listitem').nth(1).getByText(`2. ${firstTitle}`).waitFor();
    await focused(down);
    await page.getByRole('button', { name: 'Gem skabelonen' }).click();
    await page.getByText('Skabelonen er gemt som arbejdskopi.', { exact: false }).waitFor();
    const saved = (await apiCall(tab.host, procurement, 'GET', `/api/templates/${template.id}`)).body;
    expect(saved.sections[0].clauses.slice(0, 2)).toEqual([secondRef, firstRef]);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('shows a case worker no edit action, and the API refuses the writes anyway', async () => {
    const { page, problems } = await openTab(tab, 'caseworker', '#/klausuler');
    await page.getByRole('table', { name: 'Klausuler' }).getByRole('link').first().waitFor();
    expect(await page.getByRole('link', { name: /^Rediger/ }).count()).toBe(0);
    await page.goto(
      `${tab.host.baseUrl}/teams/?tenant=${tab.tenant.id}&role=caseworker#/klausuler/${insurance.id}?fane=rediger`,
    );
    await page.getByRole('heading', { level: 2, name: 'Forsikring' }).waitFor();
    const pages = page.getByRole('navigation', { name: 'Klausulens sider' });
    await pages.getByRole('link', { name: 'Historik' }).waitFor();
    expect(await pages.getByRole('link', { name: 'Rediger' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Udgiv eller udgå' }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);

    const caseworker = await tokenFor(tab, 'caseworker');
    const clause = (await apiCall(tab.host, caseworker, 'GET', `/api/clauses/${insurance.id}`)).body;
    const path = `/api/clauses/${insurance.id}`;
    expect((await apiCall(tab.host, caseworker, 'PUT', path, { ...clause, title: 'Ændret' })).status).toBe(403);
    expect((await apiCall(tab.host, caseworker, 'POST', `${path}/publish`, { changeNote: 'Nej' })).status).toBe(403);
    expect((await apiCall(tab.host, caseworker, 'DELETE', path)).status).toBe(403);
    expect((await apiCall(tab.host, caseworker, 'GET', path)).body.title).toBe('Forsikring');
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it.each(['default', 'dark', 'contrast'])('finds no serious or critical violation in the %s theme', async (theme) => {
    const checklist = (await apiCall(tab.host, procurement, 'GET', '/api/checklists?limit=1')).body.items[0];
    const template = (await apiCall(tab.host, procurement, 'GET', '/api/templates?limit=1')).body.items[0];
    const views = {
      bibliotek: '#/klausuler',
      klausul: `#/klausuler/${insurance.id}`,
      rediger: `#/klausuler/${insurance.id}?fane=rediger`,
      forhåndsvisning: `#/klausuler/${insurance.id}?fane=forhaandsvisning`,
      sammenligning: `#/klausuler/${insurance.id}?fane=sammenlign&version=1`,
      historik: `#/klausuler/${insurance.id}?fane=historik`,
      skabelon: `#/klausuler/skabeloner/${template.id}`,
      tjekliste: `#/klausuler/tjeklister/${checklist.id}`,
    };
    expect(await severeByView(tab, 'procurement', views, theme, THEMED)).toEqual({});
  });
});
