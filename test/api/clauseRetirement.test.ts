// Retiring a clause that templates use: the templates are found by the clause, a successor is named and checked, and
// the review of a document holding the retired clause flags it with its successor.
import { clauseTextHash } from '@koberollen/shared/rules/textHash';

import * as lib from './support/libraryFixtures';

const { host, tokens } = lib.useLibraryHost('procurement', 'caseworker');

describe('retiring a clause templates use', () => {
  it('lists the templates using it, refuses a successor that is itself or unpublished, and keeps a valid one', async () => {
    const old = await lib.publishedClause(host, tokens.writer, { title: 'Forsikring 2019', topic: 'insurance' });
    const successor = await lib.publishedClause(host, tokens.writer, { title: 'Forsikring 2027', topic: 'insurance' });
    const draft = await lib.createOk(host, tokens.writer, '/api/clauses', lib.clauseInput({ topic: 'insurance' }));
    const template = await lib.createOk(host, tokens.writer, '/api/templates', lib.templateInput([old.id]));

    const using = await host.call('GET', `/api/templates?clauseId=${old.id}`, { token: tokens.writer });
    expect(using.body.items.map((t: { id: string }) => t.id)).toEqual([template.id]);
    const unused = await host.call('GET', `/api/templates?clauseId=${successor.id}`, { token: tokens.writer });
    expect(unused.body.items).toEqual([]);

    const retire = (successorId: string) =>
      host.call('POST', `/api/clauses/${old.id}/retire`, {
        token: tokens.writer,
        ifMatch: old.etag,
        body: { reason: 'Ny standard for forsikring', successorId },
      });
    for (const [id, message] of [
      [old.id, 'En klausul kan ikke efterfølge sig selv.'],
      [draft.id, 'Efterfølgeren skal være en udgivet klausul.'],
      ['findes-ikke', 'Efterfølgeren findes ikke i biblioteket.'],
    ] as const) {
      const refused = await retire(id);
      expect(refused.status).toBe(400);
      expect(refused.body.fields).toEqual({ successorId: message });
    }
    const still = await host.call('GET', `/api/clauses/${old.id}`, { token: tokens.reader });
    expect(still.body.status).toBe('published');

    const retired = await retire(successor.id);
    expect(retired.status).toBe(200);
    expect(retired.body.retirement).toMatchObject({ reason: 'Ny standard for forsikring', successorId: successor.id });
  });

  it("flags the retired clause in a document's review, with its successor", async () => {
    const old = await lib.publishedClause(host, tokens.writer, { title: 'Tilsyn 2019', topic: 'supervision' });
    const successor = await lib.publishedClause(host, tokens.writer, { title: 'Tilsyn 2027', topic: 'supervision' });
    const template = await lib.createOk(host, tokens.writer, '/api/templates', lib.templateInput([old.id]));
    await host.call('POST', `/api/clauses/${old.id}/retire`, {
      token: tokens.writer,
      ifMatch: old.etag,
      body: { reason: 'Ny tilsynsklausul', successorId: successor.id },
    });
    const answer = await host.call('POST', '/api/documents/review', {
      token: tokens.reader,
      body: {
        mode: 'tagged',
        templateId: template.id,
        clauses: [{ clauseId: old.id, version: 1, textHash: clauseTextHash(lib.clauseInput().paragraphs) }],
        fieldValues: {},
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.retired).toEqual([{ clauseId: old.id, title: 'Tilsyn 2019', successorId: successor.id }]);
    expect(answer.body.outdated).toEqual([]);
    expect(answer.body.ok).toBe(false);
  });
});
