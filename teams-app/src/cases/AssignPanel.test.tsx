// Assigning a case: inside a team in Teams the choices are the team's members; outside, the municipality's users.
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { ApiError } from '@koberollen/shared/api/apiError';
import type { ApiClient } from '@koberollen/shared/api/client';
import type { Case } from '@koberollen/shared/domain/case';

import { SessionProvider, type SessionValue } from '../session/sessionContext';
import { AssignPanel } from './AssignPanel';

const mette = { userId: 'u-cw', name: 'Mette Lund' };
const CASE = {
  id: 'case-1',
  reference: 'SAG-1',
  title: 'Botilbud',
  targetGroup: 'Udviklingshæmning',
  assignee: mette,
  alternatives: [],
  notes: '',
  phase: 'need',
  phaseHistory: [],
  deviations: [],
  createdAt: '2026-11-01T10:00:00.000Z',
  createdBy: mette,
  updatedAt: '2026-11-01T10:00:00.000Z',
  updatedBy: mette,
} satisfies Case;

const MEMBERS = {
  items: [
    { userId: 'aad-1', name: 'Anna Teamsen', email: 'anna@egebaek.dk' },
    { userId: 'aad-2', name: 'Bo Graph' },
  ],
  source: 'graph',
};

/** A refusal of a write whose version is stale, as the API answers it. */
const STALE = new ApiError(412, { title: 'Dokumentet er ændret', detail: 'Dokumentet er ændret af en anden.' });

function renderPanel(teamId: string | undefined, onStale = jest.fn()) {
  const call = jest.fn((route: { operationId: string }) => {
    if (route.operationId === 'replaceCase') return Promise.reject(STALE);
    if (route.operationId !== 'listTeamMembers') return Promise.reject(new Error(route.operationId));
    return Promise.resolve({ status: 200, data: MEMBERS });
  });
  const session: SessionValue = {
    user: { ...mette, roles: ['caseworker'], tenantId: 't1', tenantName: 'Egebæk Kommune', mode: 'teams' },
    api: { call } as unknown as ApiClient,
    getToken: () => Promise.resolve('token'),
    colleagues: [
      { userId: 'u-cw', name: 'Mette Lund', roles: ['caseworker'] },
      { userId: 'u-neg', name: 'Line Nielsen', roles: ['negotiator'] },
    ],
    ...(teamId ? { teamId } : {}),
  };
  render(
    <FluentProvider theme={teamsLightTheme}>
      <SessionProvider value={session}>
        <AssignPanel current={CASE} etag='"1"' onChanged={() => undefined} onStale={onStale} />
      </SessionProvider>
    </FluentProvider>,
  );
  return call;
}

const optionsOf = (label: string) =>
  within(screen.getByLabelText(label))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('AssignPanel', () => {
  it("offers the team's members for both roles inside a team in Teams", async () => {
    const call = renderPanel('group-42');
    await screen.findByText('Vælg blandt medlemmerne af teamet i Teams.');
    expect(call).toHaveBeenCalledWith(expect.objectContaining({ operationId: 'listTeamMembers' }), {
      params: { teamId: 'group-42' },
    });
    // The current case worker stays choosable even when not a member.
    expect(optionsOf('Sagsbehandler')).toEqual(['Mette Lund', 'Anna Teamsen', 'Bo Graph']);
    expect(optionsOf('Forhandler')).toEqual(['Ingen endnu', 'Anna Teamsen', 'Bo Graph']);
  });

  it("outside a team offers the municipality's users by role and asks for no members", () => {
    const call = renderPanel(undefined);
    expect(optionsOf('Sagsbehandler')).toEqual(['Mette Lund']);
    expect(optionsOf('Forhandler')).toEqual(['Ingen endnu', 'Line Nielsen']);
    expect(call).not.toHaveBeenCalled();
  });

  it('hands a save refused as stale to the page, which reads the case again, instead of showing the refusal', async () => {
    const onStale = jest.fn();
    renderPanel(undefined, onStale);
    fireEvent.change(screen.getByLabelText('Forhandler'), { target: { value: 'u-neg' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem tildeling' }));
    await waitFor(() => expect(onStale).toHaveBeenCalledTimes(1));
    expect(screen.queryByText(/Dokumentet er ændret/)).toBeNull();
  });
});
