// The server-side review of a tagged document reports a template written for another paragraph than the case's,
// reading the paragraph from the linked case in the store.
import { clauseTextHash } from '@koberollen/shared/rules/textHash';

import { caseBody } from './support/caseFixtures';
import { TENANT_B, useHost } from './support/host';
import * as lib from './support/libraryFixtures';

const { host, tokens } = useHost({
  tokens: {
    writer: { roles: ['procurement'] },
    reader: { roles: ['caseworker'] },
    otherTenant: { roles: ['caseworker'], tenantId: TENANT_B },
  },
});

const review = (body: unknown) => host.call('POST', '/api/documents/review', { token: tokens.reader, body });

async function publishedTemplate(input: Record<string, unknown>) {
  const draft = await lib.createOk(host, tokens.writer, '/api/templates', input);
  const published = await host.call('POST', `/api/templates/${draft.id}/publish`, {
    token: tokens.writer,
    ifMatch: draft.etag,
    body: { changeNote: 'Første udgave' },
  });
  expect(published.status).toBe(200);
  return draft.id;
}

describe('the template against the case paragraph', () => {
  let clauseId: string;
  let temporary: string;
  let support: string;
  const cases: Record<'s85' | 's107' | 'none' | 'otherTenant', string> = {
    s85: '',
    s107: '',
    none: '',
    otherTenant: '',
  };
  beforeAll(async () => {
    const newCase = async (token: string, paragraph?: string) =>
      (await lib.createOk(host, token, '/api/cases', caseBody({ paragraph }))).id;
    cases.s85 = await newCase(tokens.reader, 'SEL §85');
    cases.s107 = await newCase(tokens.reader, 'SEL §107');
    cases.none = await newCase(tokens.reader);
    cases.otherTenant = await newCase(tokens.otherTenant, 'SEL §85');
    clauseId = (await lib.publishedClause(host, tokens.writer, { title: 'Takst' })).id;
    temporary = await publishedTemplate(lib.templateInput([clauseId]));
    support = await publishedTemplate(
      lib.templateInput([clauseId], { name: 'Socialpædagogisk støtte', legalBasis: [{ law: 'SEL', section: '§85' }] }),
    );
  });

  const tagged = (caseId?: string, extra: object = {}) => ({
    mode: 'tagged',
    templateId: temporary,
    clauses: [{ clauseId, version: 1, textHash: clauseTextHash(lib.clauseInput().paragraphs) }],
    fieldValues: { providerName: 'Solgården ApS', startDate: '01.03.2026', dailyRate: '2.150,00' },
    ...(caseId ? { caseId } : {}),
    ...extra,
  });

  it('finds a § 107 template on a § 85 case and names the § 85 template, as the pane does', async () => {
    const answer = await review(tagged(cases.s85));
    expect(answer.status).toBe(200);
    expect(answer.body.ok).toBe(false);
    expect(answer.body.wrongTemplate).toEqual([
      {
        templateId: temporary,
        title: 'Midlertidigt botilbud',
        reason:
          'Midlertidigt botilbud er skrevet til serviceloven § 107, men sagen er afgjort efter serviceloven § 85.',
        matching: expect.arrayContaining([{ id: support, name: 'Socialpædagogisk støtte' }]),
      },
    ]);
    const matching = (answer.body.wrongTemplate as { matching: { id: string }[] }[])[0]!.matching;
    expect(matching.map((m) => m.id)).not.toContain(temporary);
  });

  it('refuses a paragraph sent by the client: only the stored case decides', async () => {
    const answer = await review(tagged(cases.s85, { paragraph: 'SEL §107' }));
    expect(answer.status).toBe(400);
  });

  it("names an unknown case, or another tenant's, and reviews nothing", async () => {
    for (const caseId of ['ukendt-sag', cases.otherTenant]) {
      const answer = await review(tagged(caseId));
      expect(answer.status).toBe(400);
      expect(answer.body.fields).toEqual({ caseId: 'Sagen findes ikke.' });
    }
  });

  it('finds nothing when the template fits the case, the case has no paragraph, or no case is linked', async () => {
    for (const body of [tagged(cases.s107), tagged(cases.none), tagged()]) {
      const answer = await review(body);
      expect(answer.status).toBe(200);
      expect(answer.body.wrongTemplate).toEqual([]);
      expect(answer.body.ok).toBe(true);
    }
  });
});
