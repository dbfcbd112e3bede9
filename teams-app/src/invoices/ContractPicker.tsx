// The contract an invoice is registered against: each shown by case reference, title, period and status, running
// contracts first and ended ones apart, drafts left out (nothing is billed on a draft).
import { Field, Select } from '@fluentui/react-components';

import type { Contract } from '@koberollen/shared/domain/contract';
import { formatDate } from '@koberollen/shared/rules/format';

import { CONTRACT_STATUS_LABELS } from '../contracts/contractLabels';

type Pickable = Pick<Contract, 'id' | 'title' | 'status' | 'startDate' | 'endDate' | 'parties'>;

/** "SAG-2025-01610 – Midlertidigt botilbud: … (01.03.2025–28.02.2027, Aktiv)". */
export function contractChoiceText(contract: Pickable): string {
  const period = `${formatDate(contract.startDate)}–${contract.endDate ? formatDate(contract.endDate) : 'uden slutdato'}`;
  const reference = contract.parties?.caseReference;
  return `${reference ? `${reference} – ` : ''}${contract.title} (${period}, ${CONTRACT_STATUS_LABELS[contract.status]})`;
}

const byReference = (a: Pickable, b: Pickable) =>
  (a.parties?.caseReference ?? '').localeCompare(b.parties?.caseReference ?? '', 'da') ||
  a.title.localeCompare(b.title, 'da');

export function ContractPicker(props: { contracts: Pickable[]; value?: string; onChange: (id?: string) => void }) {
  const { contracts, value, onChange } = props;
  const groups = [
    { label: 'Aktive kontrakter', items: contracts.filter((c) => c.status === 'active').sort(byReference) },
    { label: 'Ophørte kontrakter', items: contracts.filter((c) => c.status === 'ended').sort(byReference) },
  ].filter((g) => g.items.length > 0);
  return (
    <Field label="Kontrakt" required hint="Sagsnummer, kontrakt, periode og status; ophørte kontrakter står for sig.">
      <Select value={value ?? ''} onChange={(_e, d) => onChange(d.value || undefined)}>
        <option value="">Vælg kontrakt</option>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.items.map((c) => (
              <option key={c.id} value={c.id}>
                {contractChoiceText(c)}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
    </Field>
  );
}
