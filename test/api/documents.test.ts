// Document review through HTTP: tagged documents against template and versions, untagged text against topics.
import { clauseTextHash } from '@koberollen/shared/rules/textHash';

import { caseBody } from './support/caseFixtures';
import { TENANT_A, TENANT_B } from './support/host';
import * as lib from './support/libraryFixtures';

const { host, tokens } = lib.useLibraryHost('procurement', 'caseworker');

const review = (body: unknown, token = tokens.reader) => host.call('POST', '/api/documents/review', { token, body });
const topic = () => lib.uniqueWord('emne');
/** A case decided under the paragraph, created by the reading case worker: the review reads its paragraph. */
const caseUnder = async (paragraph: string) =>
  (await lib.createOk(host, tokens.reader, '/api/cases', caseBody({ paragraph }))).id;

describe('reviewing a tagged document', () => {
  const rateParagraphsV2 = [{ text: 'Døgntaksten er {{dailyRate}} kr. og reguleres hvert år den 1. januar.' }];
  let rate: string;
  let termination: string;
  let extra: string;
  let templateId: string;
  beforeAll(async () => {
    const v1 = await lib.publishedClause(host, tokens.writer, { title: 'Takst' });
    rate = v1.id;
    const edited = await host.call('PUT', `/api/clauses/${rate}`, {
      token: tokens.writer,
      ifMatch: v1.etag,
      body: { ...v1.body, paragraphs: rateParagraphsV2 },
    });
    await host.call('POST', `/api/clauses/${rate}/publish`, {
      token: tokens.writer,
      ifMatch: lib.etagOf(edited),
      body: { changeNote: 'Reguleringsdato' },
    });
    termination = (
      await lib.publishedClause(host, tokens.writer, { title: 'Opsigelse', topic: 'termination', fields: [] })
    ).id;
    extra = (await lib.publishedClause(host, tokens.writer, { title: 'Tilsyn', topic: 'supervision', fields: [] })).id;
    templateId = (await lib.createOk(host, tokens.writer, '/api/templates', lib.templateInput([rate, termination]))).id;
  });

  it('reports missing, outdated, deviating and unknown clauses and empty fields', async () => {
    const answer = await review({
      mode: 'tagged',
      templateId,
      clauses: [
        { clauseId: rate, version: 1, textHash: clauseTextHash(lib.clauseInput().paragraphs) },
        { clauseId: extra, version: 1, textHash: clauseTextHash([{ text: 'Leverandøren har rettet i teksten.' }]) },
        { clauseId: 'ukendt-klausul', version: 1, textHash: 'abc123' },
      ],
      fieldValues: { providerName: 'Solgården ApS', dailyRate: '  ' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      mode: 'tagged',
      requiredTopics: ['rate-basis', 'termination'],
      missingMandatory: [{ clauseId: termination, title: 'Opsigelse' }],
      outdated: [{ clauseId: rate, title: 'Takst', foundVersion: 1, latestVersion: 2 }],
      deviating: [{ clauseId: extra, title: 'Tilsyn', version: 1 }],
      unknown: [{ clauseId: 'ukendt-klausul' }],
      retired: [],
      emptyFields: [
        { key: 'startDate', label: 'Startdato' },
        { key: 'dailyRate', label: 'Døgntakst' },
      ],
      conflictingAlternatives: [],
      openChoices: [],
      wrongTemplate: [],
      ok: false,
    });
  });

  it.each([...lib.LIBRARY_READERS, ...lib.LIBRARY_WRITERS])(
    'lets %s find a complete, current document ok',
    async (role) => {
      const answer = await review(
        {
          mode: 'tagged',
          templateId,
          clauses: [
            { clauseId: rate, version: 2, textHash: clauseTextHash(rateParagraphsV2) },
            { clauseId: termination, version: 1, textHash: clauseTextHash(lib.clauseInput().paragraphs) },
          ],
          fieldValues: { providerName: 'Solgården ApS', dailyRate: '2.150,00', startDate: '01.03.2026' },
        },
        await host.token([role]),
      );
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        ok: true,
        missingMandatory: [],
        outdated: [],
        deviating: [],
        emptyFields: [],
      });
    },
  );

  it('writes nothing', async () => {
    const before = await host.services.store.count(TENANT_A, 'audit');
    expect((await review({ mode: 'tagged', templateId, clauses: [], fieldValues: {} })).status).toBe(200);
    expect(await host.services.store.count(TENANT_A, 'audit')).toBe(before);
  });

  it("treats another tenant's template as unknown (400 naming templateId)", async () => {
    const answer = await review(
      { mode: 'tagged', templateId, clauses: [], fieldValues: {} },
      await host.token(['caseworker'], TENANT_B),
    );
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.fields)).toEqual(['templateId']);
  });

  it('names invalid and unknown fields (400) and refuses CPR numbers in field values (422)', async () => {
    const invalid = await review({
      mode: 'tagged',
      templateId,
      clauses: [{ clauseId: rate, version: -1, textHash: 'IKKE HEX' }],
      fieldValues: {},
      text: 'ikke her',
    });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.fields).sort()).toEqual(['clauses.0.textHash', 'clauses.0.version', 'text']);
    expect((await review({ mode: 'scanned', templateId })).status).toBe(400);
    const cpr = await review({ mode: 'tagged', templateId, clauses: [], fieldValues: { citizen: lib.CPR_TEXT } });
    expect(cpr.status).toBe(422);
  });
});

describe('reviewing untagged text', () => {
  const rateTopic = topic();
  const terminationTopic = topic();
  const draftTopic = topic();
  const guideTopic = topic();
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const rate = (paragraph: string) => ({
      topic: rateTopic,
      recognitionPhrases: ['takstgrundlag', 'takstredegørelse'],
      applicability: { contractTypes: [], paragraphs: [paragraph] },
    });
    ids.rate107 = (await lib.publishedClause(host, tokens.writer, { title: 'Takst 107', ...rate('SEL §107') })).id;
    ids.rate108 = (await lib.publishedClause(host, tokens.writer, { title: 'Takst 108', ...rate('SEL §108') })).id;
    ids.termination = (
      await lib.publishedClause(host, tokens.writer, {
        title: 'Opsigelse',
        topic: terminationTopic,
        recognitionPhrases: ['opsigelse'],
      })
    ).id;
    ids.guide = (await lib.publishedClause(host, tokens.writer, { title: 'Guide', topic: guideTopic })).id;
    await lib.createOk(host, tokens.writer, '/api/clauses', lib.clauseInput({ topic: draftTopic }));
    const item = (id: string, requiresTopic?: string) => ({ id, text: `Punkt ${id}`, requiresTopic });
    ids.review = (
      await lib.createOk(
        host,
        tokens.writer,
        '/api/checklists',
        lib.checklistInput({
          items: [item('a', rateTopic), item('b', terminationTopic), item('c', draftTopic), item('d')],
        }),
      )
    ).id;
    ids.draftOnly = (
      await lib.createOk(host, tokens.writer, '/api/checklists', lib.checklistInput({ items: [item('c', draftTopic)] }))
    ).id;
    ids.guideList = (
      await lib.createOk(
        host,
        tokens.writer,
        '/api/checklists',
        lib.checklistInput({ purpose: 'questionGuide', items: [item('q', guideTopic)] }),
      )
    ).id;
    ids.template = (await lib.createOk(host, tokens.writer, '/api/templates', lib.templateInput([ids.termination]))).id;
    const named = (key: string, name: string, synonyms: string[] = []) =>
      lib.createOk(host, tokens.writer, '/api/topics', { key, name, synonyms });
    await named(rateTopic, 'Takstgrundlag', ['takstredegørelse']);
    await named(terminationTopic, 'Opsigelse og ophør');
    await named(draftTopic, 'Særtakst');
  });

  it('finds topics by their synonyms, names them in Danish with the sentence, and proposes a clause for each missing one', async () => {
    const answer = await review({
      mode: 'untagged',
      text: 'Leverandøren fremsender en TAKSTREDEGØRELSE. Ophør følger aftalen.',
      checklistIds: [ids.review],
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      mode: 'untagged',
      requiredTopics: [rateTopic, terminationTopic],
      findings: [
        {
          topic: rateTopic,
          name: 'Takstgrundlag',
          status: 'found',
          matchedPhrases: ['takstredegørelse'],
          evidence: 'Leverandøren fremsender en TAKSTREDEGØRELSE.',
        },
        {
          topic: terminationTopic,
          name: 'Opsigelse og ophør',
          status: 'missing',
          proposedClause: { clauseId: ids.termination, title: 'Opsigelse', version: 1 },
        },
      ],
      ok: false,
    });
  });

  it("proposes the clause that applies to the case's paragraph", async () => {
    const answer = await review({
      mode: 'untagged',
      text: 'Ingen relevante ord.',
      checklistIds: [ids.review],
      caseId: await caseUnder('SEL §108'),
    });
    expect(answer.body.findings[0]).toEqual({
      topic: rateTopic,
      name: 'Takstgrundlag',
      status: 'missing',
      proposedClause: { clauseId: ids.rate108, title: 'Takst 108', version: 1 },
    });
  });

  it('uses every contract-review checklist by default, and every published topic when they require none', async () => {
    const byDefault = await review({ mode: 'untagged', text: 'Takstgrundlag og opsigelse.' });
    expect(byDefault.body.requiredTopics).toEqual(expect.arrayContaining([rateTopic, terminationTopic]));
    expect(byDefault.body.requiredTopics).not.toContain(guideTopic);
    expect(byDefault.body.requiredTopics).not.toContain(draftTopic);

    const noneMarked = await review({ mode: 'untagged', text: 'Tekst.', checklistIds: [ids.draftOnly] });
    expect(noneMarked.body.requiredTopics).toEqual(expect.arrayContaining([rateTopic, terminationTopic, guideTopic]));
    expect(noneMarked.body.requiredTopics).not.toContain(draftTopic);
  });

  it("adds the template's mandatory clause topics to the checklists' topics", async () => {
    const answer = await review({
      mode: 'untagged',
      text: 'Aftalen kan bringes til ophør ved opsigelse med tre måneders varsel.',
      templateId: ids.template,
      checklistIds: [ids.draftOnly],
    });
    expect(answer.body).toEqual({
      mode: 'untagged',
      requiredTopics: [terminationTopic, draftTopic],
      findings: [
        {
          topic: terminationTopic,
          name: 'Opsigelse og ophør',
          status: 'found',
          matchedPhrases: ['opsigelse'],
          evidence: 'Aftalen kan bringes til ophør ved opsigelse med tre måneders varsel.',
        },
        { topic: draftTopic, name: 'Særtakst', status: 'missing', proposedClause: null },
      ],
      ok: false,
    });
  });

  it('skips checklist items limited to another contract type or paragraph than the contract', async () => {
    const limited = (id: string, requiresTopic: string, applicability: object) => ({
      id,
      text: `Punkt ${id}`,
      requiresTopic,
      applicability,
    });
    const checklist = await lib.createOk(
      host,
      tokens.writer,
      '/api/checklists',
      lib.checklistInput({
        items: [
          limited('born', rateTopic, { contractTypes: ['anbringelse-born'] }),
          limited('voksen', guideTopic, { contractTypes: ['botilbud-107'], paragraphs: ['SEL §107'] }),
        ],
      }),
    );
    const topicsFor = async (extra: object) =>
      (await review({ mode: 'untagged', text: 'Tekst.', checklistIds: [checklist.id], ...extra })).body.requiredTopics;
    expect(await topicsFor({ templateId: ids.template })).toEqual([terminationTopic, guideTopic]);
    expect(await topicsFor({ caseId: await caseUnder('BL §43') })).toEqual([rateTopic]);
    expect(await topicsFor({})).toEqual([rateTopic, guideTopic]);
  });

  it('names unknown references and too long text (400), and refuses CPR numbers (422)', async () => {
    const unknown = await review({
      mode: 'untagged',
      text: 'Tekst.',
      templateId: 'findes-ikke',
      checklistIds: [ids.review, 'findes-ikke'],
    });
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.fields)).toEqual(['templateId']);
    const unknownChecklist = await review({
      mode: 'untagged',
      text: 'Tekst.',
      checklistIds: [ids.review, 'findes-ikke'],
    });
    expect(Object.keys(unknownChecklist.body.fields)).toEqual(['checklistIds.1']);
    const foreign = await review(
      { mode: 'untagged', text: 'Tekst.', checklistIds: [ids.review] },
      await host.token(['caseworker'], TENANT_B),
    );
    expect(Object.keys(foreign.body.fields)).toEqual(['checklistIds.0']);
    const tooLong = await review({ mode: 'untagged', text: 'a'.repeat(200_001) });
    expect(tooLong.status).toBe(400);
    expect(Object.keys(tooLong.body.fields)).toEqual(['text']);
    expect((await review({ mode: 'untagged', text: 'a'.repeat(200_000) })).status).toBe(200);
    expect((await review({ mode: 'untagged', text: `Aftale for ${lib.CPR_TEXT}` })).status).toBe(422);
    expect((await host.call('POST', '/api/documents/review', { body: { mode: 'untagged', text: 'x' } })).status).toBe(
      401,
    );
  });
});
