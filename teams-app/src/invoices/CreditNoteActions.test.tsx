// A credit note's "Ret" and "Slet": correcting it starts from its values against the credited invoice, and deleting
// asks first, sending the version just read; a registered note closes its form, which opens empty for the next.
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';

import type { ApiClient } from '@koberollen/shared/api/client';
import type { Invoice } from '@koberollen/shared/domain/invoice';

import { SessionProvider, type SessionValue } from '../session/sessionContext';
import { CreditNoteActions } from './CreditNoteActions';
import { CreditNoteForm } from './CreditNoteForm';

const finance = { userId: 'u-fin', name: 'Frida Økonomi' };
const stamp = {
  createdAt: '2026-03-02T10:00:00.000Z',
  createdBy: finance,
  updatedAt: '2026-03-02T10:00:00.000Z',
  updatedBy: finance,
};
const dayLine = (quantity: number) => ({
  rateType: 'day' as const,
  description: 'Døgntakst',
  quantity,
  unit: 'day' as const,
  unitPrice: 2400,
  amount: quantity * 2400,
});
const check = { verdict: 'matches' as const, expectedTotal: 0, billedTotal: 0, difference: 0, lines: [], findings: [] };
const INVOICE: Invoice = {
  id: 'inv-1',
  invoiceNumber: 'F-2026-0022',
  periodFrom: '2026-01-01',
  periodTo: '2026-01-31',
  receivedDate: '2026-02-05',
  lines: [dayLine(31)],
  notes: '',
  contractId: 'k1',
  providerId: 'p1',
  status: 'matching',
  check,
  ...stamp,
};
const NOTE: Invoice = {
  ...INVOICE,
  id: 'kn-1',
  invoiceNumber: 'KN-1',
  lines: [dayLine(31)],
  creditsInvoiceId: 'inv-1',
  creditsInvoiceNumber: 'F-2026-0022',
  check: { ...check, billedTotal: -74_400 },
};

function renderActions(onChanged = jest.fn(), element = <CreditNoteActions note={NOTE} onChanged={onChanged} />) {
  const call = jest.fn((route: { operationId: string }, request: { params: { invoiceId: string } }) => {
    if (route.operationId === 'getInvoice') {
      const data = request.params.invoiceId === 'kn-1' ? NOTE : INVOICE;
      return Promise.resolve({ status: 200, data, etag: `"v-${data.id}"` });
    }
    if (route.operationId === 'deleteCreditNote') return Promise.resolve({ status: 204, data: undefined });
    if (route.operationId === 'correctCreditNote') return Promise.resolve({ status: 200, data: NOTE });
    if (route.operationId === 'createInvoice') return Promise.resolve({ status: 201, data: NOTE });
    return Promise.reject(new Error(route.operationId));
  });
  const session: SessionValue = {
    user: { ...finance, roles: ['finance'], tenantId: 't1', tenantName: 'Egebæk Kommune', mode: 'local' },
    api: { call } as unknown as ApiClient,
    getToken: () => Promise.resolve('token'),
    colleagues: [],
  };
  render(
    <FluentProvider theme={teamsLightTheme}>
      <SessionProvider value={session}>{element}</SessionProvider>
    </FluentProvider>,
  );
  return { call, onChanged };
}

describe('CreditNoteActions', () => {
  it('asks before deleting, and deletes with the version just read', async () => {
    const { call, onChanged } = renderActions();
    fireEvent.click(screen.getByRole('button', { name: 'Slet kreditnota KN-1' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Slet kreditnota KN-1' });
    expect(confirm.textContent).toContain('Faktura F-2026-0022 krediteres så ikke længere');
    expect(call).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Fortryd' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Slet kreditnota KN-1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Slet kreditnota' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(call).toHaveBeenCalledWith(expect.objectContaining({ operationId: 'deleteCreditNote' }), {
      params: { id: 'k1', invoiceId: 'kn-1' },
      ifMatch: '"v-kn-1"',
    });
  });

  it('corrects the note from its own values against the invoice it credits', async () => {
    const { call, onChanged } = renderActions();
    fireEvent.click(screen.getByRole('button', { name: 'Ret kreditnota KN-1' }));
    const form = await screen.findByRole('form', { name: 'Ret kreditnota KN-1' });
    expect(screen.getByLabelText(/Kreditnotanummer/)).toHaveProperty('value', 'KN-1');
    expect(screen.getByLabelText('Antal krediteret, Døgntakst')).toHaveProperty('value', '31');
    fireEvent.change(screen.getByLabelText('Antal krediteret, Døgntakst'), { target: { value: '15' } });
    fireEvent.change(screen.getByLabelText('Beløb krediteret, Døgntakst'), { target: { value: '36000' } });
    fireEvent.submit(form);
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(call).toHaveBeenCalledWith(expect.objectContaining({ operationId: 'correctCreditNote' }), {
      params: { id: 'k1', invoiceId: 'kn-1' },
      ifMatch: '"v-kn-1"',
      body: expect.objectContaining({
        invoiceNumber: 'KN-1',
        creditsInvoiceId: 'inv-1',
        lines: [expect.objectContaining({ quantity: 15, amount: 36_000 })],
      }),
    });
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('closes the form once a credit note is registered, and opens it empty for the next', async () => {
    const onCredited = jest.fn();
    renderActions(undefined, <CreditNoteForm invoice={INVOICE} onCredited={onCredited} />);
    fireEvent.click(screen.getByRole('button', { name: 'Registrér kreditnota' }));
    const form = screen.getByRole('form', { name: 'Kreditnota til faktura F-2026-0022' });
    fireEvent.change(screen.getByLabelText(/Kreditnotanummer/), { target: { value: 'KN-1' } });
    fireEvent.change(screen.getByLabelText('Antal krediteret, Døgntakst'), { target: { value: '31' } });
    fireEvent.submit(form);
    await waitFor(() => expect(onCredited).toHaveBeenCalledWith(NOTE));
    expect(screen.queryByRole('form')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Registrér kreditnota' }));
    expect(screen.getByLabelText(/Kreditnotanummer/)).toHaveProperty('value', '');
    expect(screen.getByLabelText('Antal krediteret, Døgntakst')).toHaveProperty('value', '');
  });
});
