// The Teams tab's cases in Chromium against the built host: a case worker creates a case (a CPR number is refused
// before sending), adds two alternatives with reasons, sees why the case cannot go to negotiation yet, chooses an
// offer and takes the case through to follow-up once it has a contract. The board works with the keyboard. The case
// page lists the contract reviews recorded from Word; the reminders panel says when Teams delivery is off.

import { CPR_REFUSAL } from '../../shared/src/rules/cpr';
import { apiCall, describeTab, openTab, tokenFor } from './support/teamsTab';
import { countOf, focusText, until } from './support/until';

jest.setTimeout(90_000);

describeTab('Teams tab cases in Chromium', (tab) => {
  it('takes a new case from the need through the choice of an offer to follow-up', async () => {
    const { page, problems } = await openTab(tab, 'caseworker', '#/sager');
    await page.getByRole('link', { name: 'Opret sag' }).click();
    const reference = page.getByLabel('Sagsnummer fra sagssystemet');
    await reference.fill('SAG 010190-1234');
    await page.getByText(CPR_REFUSAL).first().waitFor();
    await page.getByRole('button', { name: 'Opret sag', disabled: true }).waitFor();
    await reference.fill('SAG-E2E-0001');
    await page.getByLabel('Kort beskrivelse af behovet').fill('Længerevarende botilbud – udviklingshæmning');
    await page.getByLabel('Målgruppe').selectOption('Udviklingshæmning');
    await page.getByRole('button', { name: 'Opret sag' }).click();
    await page.getByRole('heading', { level: 2, name: /SAG-E2E-0001/ }).waitFor();

    for (const [index, reason] of [
      'Passer til målgruppen og ligger tæt på familien.',
      'Lavere takst, men længere væk.',
    ].entries()) {
      await page.getByLabel('Find tilbud i kataloget').fill('bostotte');
      await page.getByRole('button', { name: 'Søg', exact: true }).click();
      await page.getByRole('radiogroup', { name: 'Vælg tilbud' }).getByRole('radio').nth(index).check();
      await page.getByLabel('Begrundelse for at overveje tilbuddet').fill(reason);
      await page.getByRole('button', { name: 'Tilføj alternativ' }).click();
      await page.getByText(`Begrundelse: ${reason}`).waitFor();
    }
    await countOf(page.getByRole('list', { name: 'Overvejede tilbud' }).getByRole('listitem'), 2);

    const move = (phase: string) => page.getByRole('button', { name: `Flyt til ${phase}` });
    await move('Afdækning af relevante tilbud').click();
    await page.getByText('Afdækning af relevante tilbud', { exact: true }).first().waitFor();
    await move('Valg af tilbud').click();
    await move('Forhandling og kontrakt').waitFor();
    await page.getByText('Vælg et tilbud, før sagen går videre til »Forhandling og kontrakt«.').waitFor();
    await move('Forhandling og kontrakt').click({ force: true });
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toContain('SAG-E2E-0001');
    expect(await page.locator('.fui-Badge').filter({ hasText: 'Valg af tilbud' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Vælg dette tilbud' }).first().click();
    await page.getByText('Valgt tilbud:').waitFor();
    await page.getByLabel('Begrundelse for faseskiftet').fill('Visitationsudvalget har valgt tilbuddet.');
    await move('Forhandling og kontrakt').click();
    await page.getByText('Sagen skal have en kontrakt, før den går videre til »Opfølgning«.').waitFor();

    const caseId = /#\/sager\/([^?]+)/.exec(page.url())![1]!;
    const negotiator = await tokenFor(tab, 'negotiator');
    const caseRecord = (await apiCall(tab.host, negotiator, 'GET', `/api/cases/${caseId}`)).body;
    const templates = (await apiCall(tab.host, negotiator, 'GET', '/api/templates?limit=1')).body.items;
    const contract = await apiCall(tab.host, negotiator, 'POST', '/api/contracts', {
      caseId,
      providerId: caseRecord.chosenOffer.providerId,
      offerId: caseRecord.chosenOffer.offerId,
      templateId: templates[0].id,
      title: 'Kontrakt om længerevarende botilbud',
      startDate: '2026-12-01',
      rates: [{ type: 'day', label: 'Døgntakst', amount: 2500, validFrom: '2026-12-01' }],
      priceRegulation: { basis: 'kl', month: 1 },
      noticePeriodMonths: 3,
      followUpCadenceMonths: 3,
    });
    expect(contract.status).toBe(201);
    await page.reload();
    await page.getByText('Kontrakt om længerevarende botilbud').waitFor();
    await move('Opfølgning').click();
    await page.getByText('Forhandling og kontrakt → Opfølgning').waitFor();
    await countOf(page.getByText('Visitationsudvalget har valgt tilbuddet.'), 1);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('moves through the board and opens a case with the keyboard alone, and lists cases by phase', async () => {
    const { page, problems } = await openTab(tab, 'caseworker', '#/sager');
    const firstCard = page
      .getByRole('region', { name: /Sager efter fase/ })
      .getByRole('link')
      .first();
    await firstCard.focus();
    await page.keyboard.press('ArrowDown');
    const focused = await focusText(page, /^SAG-/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: new RegExp(focused) }).waitFor();

    await page.goto(
      `${tab.host.baseUrl}/teams/?tenant=${tab.tenant.id}&role=caseworker#/sager?visning=liste&fase=followUp`,
    );
    const rows = page.getByRole('table', { name: 'Sager' }).getByRole('row');
    await rows.nth(1).waitFor();
    // Until the list has the filtered cases, it may still show the cases it had.
    await until(
      'the list to show cases in follow-up only',
      () => rows.evaluateAll((all) => all.slice(1).map((r) => r.children[2]?.textContent)),
      (phases) => phases.length > 0 && phases.every((phase) => phase === 'Opfølgning'),
    );
    expect(await problems()).toEqual([]);
    await page.close();
  });
  it('lists a contract review recorded from Word on the case page, and says Teams delivery is off', async () => {
    const caseworker = await tokenFor(tab, 'caseworker');
    const someCase = (await apiCall(tab.host, caseworker, 'GET', '/api/cases?phase=choice&limit=1')).body.items[0];
    const recorded = await apiCall(tab.host, caseworker, 'POST', `/api/cases/${someCase.id}/reviews`, {
      mode: 'untagged',
      documentTitle: 'Leverandørens kontraktudkast',
      findings: [
        { kind: 'missingTopic', ref: 'termination', title: 'Opsigelse', accepted: false },
        { kind: 'deviating', ref: 'c1', title: 'Betaling', accepted: true },
      ],
      checkedItems: [],
    });
    expect(recorded.status).toBe(201);

    const { page, problems } = await openTab(tab, 'caseworker', `#/sager/${someCase.id}`);
    const reviews = page.getByRole('list', { name: 'Gemte kontraktgennemgange' });
    await reviews.getByText('Leverandørens kontraktudkast').waitFor();
    expect(await reviews.getByRole('listitem').first().textContent()).toContain(
      '1 åbent fund, 1 accepteret afvigelse, 0 punkter afkrydset',
    );
    expect(await reviews.getByText('leverandørens egen kontrakt').count()).toBe(1);

    const reminders = page.getByRole('button', { name: 'Påmindelser' });
    expect(await reminders.getAttribute('aria-expanded')).toBe('false');
    await reminders.click();
    await page.getByText(/Teams-levering er slået fra/).waitFor();
    expect(await reminders.getAttribute('aria-expanded')).toBe('true');
    expect(await problems()).toEqual([]);
    await page.close();
  });
  it('reloads a case whose phase move the server refused as stale, shows the current phase and says why', async () => {
    const caseworker = await tokenFor(tab, 'caseworker');
    const someCase = (await apiCall(tab.host, caseworker, 'GET', '/api/cases?phase=need&limit=1')).body.items[0];
    const { page, problems } = await openTab(tab, 'caseworker', `#/sager/${someCase.id}`);
    const badge = page.locator('.fui-Badge').first();
    await until(
      'the case page showing the need phase',
      () => badge.textContent(),
      (t) => t === 'Fastlæggelse af støttebehov',
    );

    // Someone else moves the case on after the tab read it.
    const url = `${tab.host.baseUrl}/api/cases/${someCase.id}`;
    const headers = { authorization: `Bearer ${caseworker}`, 'content-type': 'application/json' };
    const read = await fetch(url, { headers });
    const moved = await fetch(`${url}/transitions`, {
      method: 'POST',
      headers: { ...headers, 'if-match': read.headers.get('etag')! },
      body: JSON.stringify({ to: 'scan', reason: 'Flyttet fra en anden fane.' }),
    });
    expect(moved.status).toBe(200);

    await page.getByRole('button', { name: 'Flyt til Afdækning af relevante tilbud' }).click();
    await page
      .getByText('Sagen er hentet igen og viser nu den aktuelle fase: Afdækning af relevante tilbud.')
      .waitFor();
    await until(
      'the badge showing the current phase',
      () => badge.textContent(),
      (t) => t === 'Afdækning af relevante tilbud',
    );
    // Why, in Danish: someone saved a newer version; the move offered now starts from the current phase.
    await page
      .getByText(/en anden|nyere/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Flyt til Valg af tilbud' }).waitFor();
    const stored = (await apiCall(tab.host, caseworker, 'GET', `/api/cases/${someCase.id}`)).body;
    expect(stored.phase).toBe('scan');
    // The browser reports the refused request (412) itself; nothing else went wrong.
    expect((await problems()).filter((p) => !p.url.includes('/transitions'))).toEqual([]);
    await page.close();
  });
});
