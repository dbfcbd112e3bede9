// The contract form: provider and offer, rates, special rate, regulation, dates, notice and follow-up; saving it
// stores the API contract, which creates its milestones.
import { Button, Checkbox, Field, Input, makeStyles, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import { ApiError } from '@koberollen/shared/api/client';
import { contractRoutes } from '@koberollen/shared/api/contracts.contract';
import { providerRoutes, type ProviderSummary } from '@koberollen/shared/api/providers.contract';
import type { Contract } from '@koberollen/shared/domain/contract';
import { RATE_UNIT_LABELS, type RateType } from '@koberollen/shared/domain/rate';
import { DATE_MESSAGE, DateField } from '@koberollen/shared/ui/DateField';

import { errorText } from '../api/paneClient';
import type { LoadedLibrary } from '../library/libraryStore';
import { useWorkspace } from '../workspaceContext';
import { ErrorLine, usePaneApi } from './common';
import {
  type ContractDraft,
  contractInputOf,
  DATE_KEYS,
  draftOf,
  invalidDates,
  weeklyHoursError,
} from './contractDraft';
import type { Linked } from './linkedCase';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    // Long provider and template names must not widen the pane: controls shrink to it and cut their text.
    '& .fui-Select, & .fui-Input, & select, & input': { minWidth: 0, maxWidth: '100%' },
    '& select': { textOverflow: 'ellipsis' },
  },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
});

const RATE_TYPES = Object.keys(RATE_UNIT_LABELS) as RateType[];
/** Paragraphs whose help is bought by the hour, so the contract states the hours a week. */
const HOURLY_PARAGRAPHS = new Set(['SEL §83', 'SEL §85']);

export function ContractForm({
  linked,
  loaded,
  onSaved,
}: {
  linked: Linked;
  loaded: LoadedLibrary;
  onSaved: (c: Contract) => void;
}) {
  const styles = useStyles();
  const api = usePaneApi();
  const { state, setDirty } = useWorkspace();
  const defaults = {
    providerId: linked.case?.chosenOffer?.providerId,
    offerId: linked.case?.chosenOffer?.offerId,
    templateId: state.templateId,
    title: linked.case ? `Kontrakt for ${linked.case.reference}` : '',
  };
  const [draft, setDraft] = useState<ContractDraft>(() => draftOf(linked.contract, defaults));
  const [providers, setProviders] = useState<Pick<ProviderSummary, 'id' | 'name' | 'offers'>[]>(
    linked.provider ? [linked.provider] : [],
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let active = true;
    api.call(providerRoutes.list, { query: { limit: 200 } }).then(
      (answer) => active && setProviders(answer.data.items),
      (error: unknown) => active && setFailure(`Leverandørerne kunne ikke hentes: ${errorText(error)}`),
    );
    return () => {
      active = false;
    };
  }, [api]);
  useEffect(() => () => setDirty(false), [setDirty]);

  const set = <K extends keyof ContractDraft>(key: K, value: ContractDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setDirty(true);
  };
  const text = (key: keyof ContractDraft, label: string, type: 'text' | 'number' = 'text', required = false) => (
    <Field label={label} required={required} validationMessage={errors[fieldPath(key)]}>
      <Input type={type} value={String(draft[key])} onChange={(_, data) => set(key, data.value as never)} />
    </Field>
  );
  const date = (key: (typeof DATE_KEYS)[number], label: string, required = false) => (
    <DateField
      label={label}
      required={required}
      value={draft[key]}
      onChange={(value) => set(key, value)}
      validationMessage={errors[fieldPath(key)]}
    />
  );
  const provider = providers.find((p) => p.id === draft.providerId);

  const save = async () => {
    if (!state.caseId) return;
    setFailure(undefined);
    const invalid = invalidDates(draft);
    const hoursError = weeklyHoursError(draft);
    setErrors({
      ...Object.fromEntries(invalid.map((key) => [fieldPath(key), DATE_MESSAGE])),
      ...(hoursError ? { weeklyHours: hoursError } : {}),
    });
    if (invalid.length > 0 || hoursError) return;
    setSaving(true);
    try {
      const body = contractInputOf(draft, state.caseId, linked.contract);
      const answer =
        linked.contract && linked.contractEtag
          ? await api.call(contractRoutes.replace, {
              params: { id: linked.contract.id },
              body,
              ifMatch: linked.contractEtag,
            })
          : await api.call(contractRoutes.create, { body });
      setDirty(false);
      onSaved(answer.data);
    } catch (error) {
      setFailure(`Kontrakten blev ikke gemt: ${errorText(error)}`);
      if (error instanceof ApiError) setErrors(error.fields);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-labelledby="contract-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Subtitle2 as="h3" id="contract-heading">
        Kontrakten
      </Subtitle2>
      <Field label="Leverandør" required validationMessage={errors.providerId}>
        <Select value={draft.providerId} onChange={(_, data) => (set('providerId', data.value), set('offerId', ''))}>
          <option value="">Vælg leverandør</option>
          {providers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Tilbud" required validationMessage={errors.offerId}>
        <Select value={draft.offerId} onChange={(_, data) => set('offerId', data.value)}>
          <option value="">Vælg tilbud</option>
          {(provider?.offers ?? []).map((offer) => (
            <option key={offer.id} value={offer.id}>
              {offer.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Skabelon" required validationMessage={errors.templateId}>
        <Select value={draft.templateId} onChange={(_, data) => set('templateId', data.value)}>
          <option value="">Vælg skabelon</option>
          {loaded.library.templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </Select>
      </Field>
      {text('title', 'Kontraktens titel', 'text', true)}
      {date('startDate', 'Startdato', true)}
      {date('endDate', 'Slutdato (tom: løber til opsigelse)')}
      {date('reviewDate', 'Revurderingsdato')}
      <fieldset className={styles.fieldset}>
        <legend>Takst</legend>
        <Field label="Enhed">
          <Select value={draft.rateType} onChange={(_, data) => set('rateType', data.value as RateType)}>
            {RATE_TYPES.map((t) => (
              <option key={t} value={t}>
                {RATE_UNIT_LABELS[t]}
              </option>
            ))}
          </Select>
        </Field>
        {text('rateLabel', 'Betegnelse')}
        {text('rateAmount', 'Beløb (kr.)', 'text', true)}
        {date('rateValidFrom', 'Gælder fra (tom: startdatoen)')}
        {(draft.rateType === 'hour' || HOURLY_PARAGRAPHS.has(linked.case?.paragraph ?? '')) &&
          text('weeklyHours', 'Timer pr. uge')}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>Særtakst</legend>
        <Checkbox
          checked={draft.special}
          label="Kontrakten har en særtakst"
          onChange={(_, d) => set('special', d.checked === true)}
        />
        {draft.special && (
          <>
            {text('specialAmount', 'Særtakst (kr.)', 'text', true)}
            {text('specialReason', 'Den ekstra indsats, særtaksten betaler for', 'text', true)}
            {date('specialStart', 'Særtakst fra', true)}
            {date('specialEnd', 'Særtakst til og med')}
            <Checkbox
              checked={draft.specialMonthly}
              label="Særtaksten følges op hver måned"
              onChange={(_, d) => set('specialMonthly', d.checked === true)}
            />
          </>
        )}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>Prisregulering</legend>
        <Field label="Grundlag">
          <Select
            value={draft.regulationBasis}
            onChange={(_, d) => set('regulationBasis', d.value as ContractDraft['regulationBasis'])}
          >
            <option value="kl">Højst PL-satsen fra økonomiaftalen</option>
            <option value="fixed">Højst en fast procent</option>
            <option value="none">Faste priser</option>
            <option value="framework">Efter rammeaftalens styringsaftale</option>
          </Select>
        </Field>
        {draft.regulationBasis === 'fixed' && text('regulationPercent', 'Højeste årlige regulering (%)', 'text', true)}
        {text('regulationMonth', 'Reguleringsmåned (1–12)', 'number')}
      </fieldset>
      {date('renegotiationDate', 'Første genforhandling')}
      {text('noticeMonths', 'Opsigelsesvarsel (måneder)', 'number', true)}
      {text('followUpMonths', 'Opfølgning hver (måneder)', 'number', true)}
      {failure && <ErrorLine>{failure}</ErrorLine>}
      <Button type="submit" appearance="primary" disabled={saving || !state.caseId}>
        {saving ? 'Gemmer …' : 'Gem kontrakten'}
      </Button>
    </form>
  );
}

/** The API's field path for a draft key, so its messages land beside the right input. */
function fieldPath(key: keyof ContractDraft): string {
  const paths: Partial<Record<keyof ContractDraft, string>> = {
    rateAmount: 'rates.0.amount',
    rateLabel: 'rates.0.label',
    rateValidFrom: 'rates.0.validFrom',
    specialAmount: 'specialRate.amount',
    specialReason: 'specialRate.reason',
    specialStart: 'specialRate.startDate',
    specialEnd: 'specialRate.endDate',
    regulationPercent: 'priceRegulation.maxPercent',
    regulationMonth: 'priceRegulation.month',
    noticeMonths: 'noticePeriodMonths',
    followUpMonths: 'followUpCadenceMonths',
  };
  return paths[key] ?? key;
}
