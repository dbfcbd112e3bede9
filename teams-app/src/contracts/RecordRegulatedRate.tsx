// From a regulation flag, the negotiator records the agreed regulated rate: a new contract rate from the regulation
// date (the contract is written as any edit is: audited, costs and milestones kept in step), and the flag clears.
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { contractRoutes } from '@koberollen/shared/api/contracts.contract';
import type { RegulationAlert } from '@koberollen/shared/domain/followUp';
import { formatDate, formatNumber, parseAmount } from '@koberollen/shared/rules/format';
import { withRegulatedRate } from '@koberollen/shared/rules/regulatedRate';

import { useCan, useSession } from '../session/sessionContext';
import { ErrorState } from '../shell/states';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalS },
});

export function RecordRegulatedRate({ alert, onRecorded }: { alert: RegulationAlert; onRecorded: () => void }) {
  const styles = useStyles();
  const { api } = useSession();
  const mayRecord = useCan('cases');
  const [amount, setAmount] = useState(formatNumber(alert.allowedRate));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  if (!mayRecord) return null;
  const parsed = parseAmount(amount);
  const label = `Aftalt takst fra ${formatDate(alert.validFrom)} (kr.), ${alert.providerName}, ${alert.rateLabel}`;

  const record = async () => {
    if (parsed === undefined) return;
    setSaving(true);
    setError(undefined);
    try {
      const current = await api.call(contractRoutes.get, { params: { id: alert.contractId } });
      const rates = withRegulatedRate(current.data.rates, {
        type: alert.type,
        label: alert.rateLabel,
        amount: parsed,
        validFrom: alert.validFrom,
      });
      await api.call(contractRoutes.replace, {
        params: { id: alert.contractId },
        body: { ...current.data, rates },
        ifMatch: current.etag,
      });
      onRecorded();
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div>
      <div className={styles.row}>
        <Field label={label} validationMessage={parsed === undefined ? 'Skriv et beløb, fx 2.052,00' : undefined}>
          <Input value={amount} onChange={(_e, d) => setAmount(d.value)} inputMode="decimal" />
        </Field>
        <Button appearance="primary" disabled={saving || parsed === undefined} onClick={() => void record()}>
          Registrér aftalt takst
        </Button>
      </div>
      {error !== undefined && <ErrorState error={error} />}
    </div>
  );
}
