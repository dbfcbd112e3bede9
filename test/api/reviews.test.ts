// Contract reviews recorded with a case through HTTP: roles, tenant isolation, validation, counts, audit, order.
import { auditActions, expectStatus, useCaseHost } from './support/caseFixtures';

const { host, a, b, refs } = useCaseHost('refs');
/** An item of one of tenant A's demo checklists, ticked in the review. */
const tick = { checklistId: '', itemId: '' };

beforeAll(async () => {
  const checklists = expectStatus(await host.call('GET', '/api/checklists', { token: a.caseworker }), 200);
  const checklist = checklists.body.items[0] as { id: string; items: { id: string }[] };
  Object.assign(tick, { checklistId: checklist.id, itemId: checklist.items[0]!.id });
});

function reviewBody(overrides: Record<string, unknown> = {}) {
  return {
    mode: 'tagged',
    templateId: refs.templateId,
    documentTitle: 'Kontrakt Lærkereden',
    findings: [
      { kind: 'deviating', ref: 'clause-rate', title: 'Takst', accepted: true },
      { kind: 'emptyField', ref: 'rateAmount', title: 'Takst (kr.)' },
      { kind: 'emptyField', ref: 'rateUnit', title: 'Enhed' },
    ],
    checkedItems: [tick],
    ...overrides,
  };
}

const url = () => `/api/cases/${refs.caseId}/reviews`;

describe('POST /api/cases/{id}/reviews', () => {
  it('records who reviewed, when, the template, the findings counted by kind and the ticks, and audits it', async () => {
    const answer = expectStatus(await host.call('POST', url(), { token: a.caseworker, body: reviewBody() }), 201);
    expect(answer.body).toMatchObject({
      caseId: refs.caseId,
      mode: 'tagged',
      templateId: refs.templateId,
      createdBy: { userId: 'user-caseworker' },
      ok: false,
      checkedItems: [tick],
    });
    expect(answer.body.counts).toMatchObject({ deviating: 1, emptyField: 2, missingMandatory: 0 });
    expect(answer.body.findings[1].accepted).toBe(false);
    expect(await auditActions(host, a.admin, refs.caseId)).toContain('review');
  });

  it('calls a review with only accepted findings clean', async () => {
    const findings = [{ kind: 'deviating', ref: 'clause-rate', title: 'Takst', accepted: true }];
    const answer = expectStatus(
      await host.call('POST', url(), { token: a.negotiator, body: reviewBody({ findings }) }),
      201,
    );
    expect(answer.body.ok).toBe(true);
  });

  it.each(['procurement', 'finance', 'manager', 'admin'] as const)('refuses %s with 403', async (role) => {
    expect((await host.call('POST', url(), { token: a[role], body: reviewBody() })).status).toBe(403);
  });

  it('refuses without sign-in, and answers 404 for another tenant case', async () => {
    expect((await host.call('POST', url(), { body: reviewBody() })).status).toBe(401);
    expect((await host.call('POST', url(), { token: b.caseworker, body: reviewBody() })).status).toBe(404);
    expect((await host.call('GET', url(), { token: b.caseworker })).status).toBe(404);
  });

  it('refuses an unknown template, an unknown finding kind, a server-owned field and a CPR number', async () => {
    const template = await host.call('POST', url(), { token: a.caseworker, body: reviewBody({ templateId: 'nope' }) });
    expect(template.status).toBe(400);
    expect(template.body.fields).toHaveProperty('templateId');
    const kind = await host.call('POST', url(), {
      token: a.caseworker,
      body: reviewBody({ findings: [{ kind: 'guess', ref: 'x', title: 'x' }] }),
    });
    expect(kind.status).toBe(400);
    const owned = await host.call('POST', url(), { token: a.caseworker, body: reviewBody({ ok: true }) });
    expect(owned.status).toBe(400);
    const cpr = await host.call('POST', url(), {
      token: a.caseworker,
      body: reviewBody({ documentTitle: 'Kontrakt for 010203-1234' }),
    });
    expect(cpr.status).toBe(422);
  });

  it('refuses a ticked item of a checklist the municipality does not have, or that the checklist does not hold', async () => {
    const other = expectStatus(await host.call('GET', '/api/checklists', { token: b.caseworker }), 200);
    const foreign = { checklistId: other.body.items[0].id, itemId: other.body.items[0].items[0].id };
    const list = await host.call('POST', url(), {
      token: a.caseworker,
      body: reviewBody({ checkedItems: [tick, foreign] }),
    });
    expect(list.status).toBe(400);
    expect(list.body.fields).toEqual({ 'checkedItems.1.checklistId': 'Tjeklisten findes ikke.' });
    const item = await host.call('POST', url(), {
      token: a.caseworker,
      body: reviewBody({ checkedItems: [{ ...tick, itemId: 'no-such-item' }] }),
    });
    expect(item.status).toBe(400);
    expect(item.body.fields).toEqual({ 'checkedItems.0.itemId': 'Punktet findes ikke i tjeklisten.' });
  });
});

describe('GET /api/cases/{id}/reviews', () => {
  it('lists the case reviews newest first, to any role of the tenant, and pages them', async () => {
    const first = expectStatus(
      await host.call('POST', url(), { token: a.caseworker, body: reviewBody({ documentTitle: 'Først' }) }),
      201,
    );
    const list = expectStatus(await host.call('GET', url(), { token: a.finance }), 200);
    expect(list.body.items.length).toBeGreaterThanOrEqual(1);
    expect(list.body.items.every((r: { caseId: string }) => r.caseId === refs.caseId)).toBe(true);
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(first.body.id);
    const page = expectStatus(await host.call('GET', `${url()}?limit=1`, { token: a.manager }), 200);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.continuationToken).toBeDefined();
  });

  it('lists nothing for a case without reviews', async () => {
    const other = expectStatus(
      await host.call('POST', '/api/cases', {
        token: a.caseworker,
        body: {
          reference: 'SAG-uden-gennemgang',
          title: 'Ny sag',
          targetGroup: 'Voksne',
          assignee: { userId: 'cw-1', name: 'Sara' },
        },
      }),
      201,
    );
    const list = expectStatus(
      await host.call('GET', `/api/cases/${other.body.id}/reviews`, { token: a.caseworker }),
      200,
    );
    expect(list.body.items).toEqual([]);
  });
});
