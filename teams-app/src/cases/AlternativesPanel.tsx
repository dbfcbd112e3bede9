// The offers considered for a case, each with the reason; add one from the catalogue, compare them, choose one.
import {
  Button,
  Caption1,
  Field,
  Input,
  Link,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';

import { caseRoutes } from '@koberollen/shared/api/cases.contract';
import { providerRoutes, type ProviderSummary } from '@koberollen/shared/api/providers.contract';
import type { Case } from '@koberollen/shared/domain/case';
import { containsCprNumber, CPR_REFUSAL } from '@koberollen/shared/rules/cpr';
import { formatDate } from '@koberollen/shared/rules/format';

import { today } from '../providers/catalogueOptions';
import { compareHref } from '../providers/compareLink';
import { useCan, useSession } from '../session/sessionContext';
import { routeHref, useUnsavedGuard } from '../shell/route';
import { isStaleWrite } from '../shell/staleWrite';
import { Empty, ErrorState } from '../shell/states';
import { offerKey, useOfferNames } from './useOfferNames';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  item: {
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalS },
  form: { display: 'grid', gap: tokens.spacingVerticalS, maxWidth: '640px' },
});

interface Props {
  current: Case;
  etag: string | undefined;
  onChanged: (next: Case, etag: string | undefined) => void;
  /** The case changed since it was read: the page reads it again and says so. */
  onStale: () => void;
}

export function AlternativesPanel({ current, etag, onChanged, onStale }: Props) {
  const styles = useStyles();
  const { api } = useSession();
  const mayEdit = useCan('cases') && current.phase !== 'closed';
  const refs = [...current.alternatives, ...(current.chosenOffer ? [current.chosenOffer] : [])];
  const nameOf = useOfferNames(refs);

  const [words, setWords] = useState('');
  const [found, setFound] = useState<ProviderSummary[]>();
  const [pick, setPick] = useState('');
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  useUnsavedGuard(reason.trim() !== '' || pick !== '');
  const cpr = containsCprNumber(reason);

  const save = async (changes: Partial<Case>) => {
    setSaving(true);
    setError(undefined);
    try {
      const answer = await api.call(caseRoutes.replace, {
        params: { id: current.id },
        body: { ...current, ...changes },
        ifMatch: etag,
      });
      onChanged(answer.data, answer.etag);
      return true;
    } catch (failure) {
      if (isStaleWrite(failure)) onStale();
      else setError(failure);
      return false;
    } finally {
      setSaving(false);
    }
  };
  const search = async () => {
    setError(undefined);
    try {
      const { data } = await api.call(providerRoutes.list, {
        query: { q: words.trim() || undefined, paragraph: current.paragraph, limit: 10 },
      });
      setFound(data.items);
    } catch (failure) {
      setError(failure);
    }
  };
  const add = async () => {
    const [providerId, offerId] = pick.split('~');
    if (!providerId || !offerId) return;
    const alternatives = [
      ...current.alternatives.filter((a) => offerKey(a) !== pick),
      { providerId, offerId, reason: reason.trim() },
    ];
    if (await save({ alternatives })) {
      setPick('');
      setReason('');
      setFound(undefined);
      setWords('');
    }
  };

  return (
    <>
      {current.chosenOffer ? (
        <Text as="p">
          <Text weight="semibold">Valgt tilbud:</Text> {nameOf(current.chosenOffer)}
          {current.decisionDate && `, besluttet ${formatDate(current.decisionDate)}`}
        </Text>
      ) : (
        <Text as="p">Der er endnu ikke valgt et tilbud.</Text>
      )}
      {current.alternatives.length === 0 ? (
        <Empty>Ingen alternativer endnu. Normalt overvejes 2-3 tilbud.</Empty>
      ) : (
        <ul className={styles.list} aria-label="Overvejede tilbud">
          {current.alternatives.map((alt) => {
            const chosen = current.chosenOffer && offerKey(current.chosenOffer) === offerKey(alt);
            return (
              <li key={offerKey(alt)} className={styles.item}>
                <Link href={routeHref('leverandoerer', [alt.providerId])}>{nameOf(alt)}</Link>
                <Text block>Begrundelse: {alt.reason || 'ikke angivet'}</Text>
                {mayEdit && !chosen && (
                  <Button
                    size="small"
                    disabled={saving}
                    onClick={() =>
                      void save({
                        chosenOffer: { providerId: alt.providerId, offerId: alt.offerId },
                        decisionDate: today(),
                      })
                    }
                  >
                    Vælg dette tilbud
                  </Button>
                )}
                {chosen && <Caption1>Det valgte tilbud</Caption1>}
              </li>
            );
          })}
        </ul>
      )}
      {current.alternatives.length >= 2 && (
        <Link href={compareHref(current.alternatives.slice(0, 3), routeHref('sager', [current.id]))}>
          Sammenlign alternativerne
        </Link>
      )}
      {mayEdit && (
        <form
          className={styles.form}
          aria-label="Tilføj et alternativ fra kataloget"
          onSubmit={(event) => {
            event.preventDefault();
            void search();
          }}
        >
          <div className={styles.row}>
            <Field label="Find tilbud i kataloget">
              <Input type="search" value={words} onChange={(_e, data) => setWords(data.value)} />
            </Field>
            <Button type="submit">Søg</Button>
          </div>
          {found && found.length === 0 && <Empty>Ingen tilbud fundet.</Empty>}
          {found && found.length > 0 && (
            <RadioGroup aria-label="Vælg tilbud" value={pick} onChange={(_e, data) => setPick(data.value)}>
              {found.flatMap((p) =>
                p.offers.map((o) => (
                  <Radio
                    key={`${p.id}~${o.id}`}
                    value={`${p.id}~${o.id}`}
                    label={`${p.name} – ${o.name} (${p.municipality})`}
                  />
                )),
              )}
            </RadioGroup>
          )}
          {pick && (
            <>
              <Field
                label="Begrundelse for at overveje tilbuddet"
                validationState={cpr ? 'error' : 'none'}
                validationMessage={cpr ? CPR_REFUSAL : undefined}
              >
                <Textarea value={reason} onChange={(_e, data) => setReason(data.value)} resize="vertical" />
              </Field>
              <div>
                <Button appearance="primary" disabled={saving || cpr || !reason.trim()} onClick={() => void add()}>
                  Tilføj alternativ
                </Button>
              </div>
            </>
          )}
        </form>
      )}
      {error !== undefined && <ErrorState error={error} />}
    </>
  );
}
