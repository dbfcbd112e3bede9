// The server-side review of a tagged document reports a template written for another paragraph than the case's.
import { clauseTextHash } from '@koberollen/shared/rules/textHash';

import * as lib from './support/libraryFixtures';

const { host, tokens } = lib.useLibraryHost('procurement', 'caseworker');

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
  beforeAll(async () => {
    clauseId = (await lib.publishedClause(host, tokens.writer, { title: 'Takst' })).id;
    temporary = await publishedTemplate(lib.templateInput([clauseId]));
    support = await publishedTemplate(
      lib.templateInput([clauseId], { name: 'Socialpædagogisk støtte', legalBasis: [{ law: 'SEL', section: '§85' }] }),
    );
  });

  const tagged = (paragraph?: string) => ({
    mode: 'tagged',
    templateId: temporary,
    clauses: [{ clauseId, version: 1, textHash: clauseTextHash(lib.clauseInput().paragraphs) }],
    fieldValues: { providerName: 'Solgården ApS', startDate: '01.03.2026', dailyRate: '2.150,00' },
    ...(paragraph ? { paragraph } : {}),
  });

  it('finds a § 107 template on a § 85 case and names the § 85 template, as the pane does', async () => {
    const answer = await review(tagged('SEL §85'));
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

  it('finds nothing when the template fits the case, or no case paragraph is given', async () => {
    for (const body of [tagged('SEL §107'), tagged('SEL § 107'), tagged()]) {
      const answer = await review(body);
      expect(answer.status).toBe(200);
      expect(answer.body.wrongTemplate).toEqual([]);
      expect(answer.body.ok).toBe(true);
    }
  });
});
