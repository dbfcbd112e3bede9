// A provider's page: offers with rates and their history, contacts, supervision, education, quality notes, contracts.
import { Body1, Caption1, makeStyles, Subtitle1, Subtitle2, Text, Title3, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';
import type { Provider } from '@koberollen/shared/domain/provider';
import { costWithPeriod } from '@koberollen/shared/rules/coming12Months';
import { formatDate } from '@koberollen/shared/rules/format';
import { safeHref } from '@koberollen/shared/rules/webLink';
import { PlainCheckbox } from '@koberollen/shared/ui/plainCheckbox';
import { PlainLink } from '@koberollen/shared/ui/plainControls';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { deferred } from '../shell/deferred';
import { useReportFirstData } from '../shell/firstData';
import { routeHref } from '../shell/route';
import { Empty, ErrorState, Loading } from '../shell/states';
import { OWNERSHIP_LABELS } from './catalogueOptions';
import { MAX_COMPARED } from './compareLink';
import { compareSelection, useCompareSelection } from './compareSelection';
import { RateTable } from './RateTable';
import { searchHref } from './searchMemory';

const QualityNotes = deferred(() => import('./QualityNotes').then((m) => m.QualityNotes));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  offer: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

function ProviderContracts({ providerId }: { providerId: string }) {
  const { api } = useSession();
  const contracts = useLoad(
    () => api.callUnparsed(heads.listContracts, { query: { providerId, limit: 50 } }),
    providerId,
  );
  if (contracts.state === 'loading') return <Loading />;
  if (contracts.state === 'error') return <ErrorState error={contracts.error} onRetry={contracts.reload} />;
  const items = contracts.data.data.items;
  if (items.length === 0) return <Empty>Ingen af kommunens kontrakter bruger leverandøren.</Empty>;
  return (
    <ul>
      {items.map((contract) => (
        <li key={contract.id}>
          <PlainLink href={routeHref('sager', [contract.caseId])}>{contract.title}</PlainLink>
          <Caption1>
            {' '}
            – fra {formatDate(contract.startDate)}, udgift {costWithPeriod(contract)}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}

export function ProviderPage({ id }: { id: string }) {
  const styles = useStyles();
  const { api } = useSession();
  const loaded = useLoad(() => api.callUnparsed(heads.getProvider, { params: { id } }), id);
  const [updated, setUpdated] = useState<Provider>();
  const picked = useCompareSelection();
  useReportFirstData(loaded.state === 'ready');
  const provider = updated ?? (loaded.state === 'ready' ? loaded.data.data : undefined);
  useEffect(() => {
    if (provider) document.title = `${provider.name} – Køberollen`;
  }, [provider]);

  if (loaded.state === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!provider) return <Loading label="Henter leverandøren …" />;
  const { address } = provider;
  return (
    <article className={styles.root} aria-labelledby="provider-heading">
      <div>
        <PlainLink href={searchHref()}>Tilbage til søgningen</PlainLink>
        <Title3 as="h2" id="provider-heading" block>
          {provider.name}
        </Title3>
        <Body1>
          CVR {provider.cvr} · {OWNERSHIP_LABELS[provider.ownership]} · {address.street}, {address.postalCode}{' '}
          {address.city} · {provider.municipality}, Region {provider.region}
        </Body1>
      </div>
      <section className={styles.section} aria-labelledby="offers-heading">
        <Subtitle1 as="h3" id="offers-heading">
          Tilbud
        </Subtitle1>
        {provider.offers.length === 0 && <Empty>Leverandøren har ingen tilbud registreret.</Empty>}
        {provider.offers.map((offer) => {
          const ref = { providerId: provider.id, offerId: offer.id, label: `${provider.name} – ${offer.name}` };
          const checked = compareSelection.has(ref);
          return (
            <section key={offer.id} className={styles.offer} aria-labelledby={`offer-${offer.id}`}>
              <Subtitle2 as="h4" id={`offer-${offer.id}`}>
                {offer.name}
              </Subtitle2>
              <Text>
                {offer.paragraph} · {offer.places} pladser · Målgrupper:{' '}
                {offer.targetGroups.join(', ') || 'ikke angivet'}
              </Text>
              <Text>Metoder: {offer.methods.join(', ') || 'ikke angivet'}</Text>
              {offer.tilbudsportalen && (
                <Caption1>
                  Tilbudsportalen: tilbudsid {offer.tilbudsportalen.tilbudsid}, afdelingsid{' '}
                  {offer.tilbudsportalen.afdelingsid}
                </Caption1>
              )}
              <RateTable rates={offer.rates} caption={`Takster for ${offer.name}`} />
              <PlainCheckbox
                checked={checked}
                disabled={!checked && picked.length >= MAX_COMPARED}
                label={`Sammenlign ${offer.name}`}
                onChange={() => compareSelection.toggle(ref)}
              />
            </section>
          );
        })}
      </section>
      <section className={styles.section} aria-labelledby="supervision-heading">
        <Subtitle1 as="h3" id="supervision-heading">
          Tilsynsrapporter
        </Subtitle1>
        {provider.supervisionReports.length === 0 ? (
          <Empty>Ingen tilsynsrapporter registreret.</Empty>
        ) : (
          <ul className={styles.list}>
            {[...provider.supervisionReports]
              .sort((a, b) => b.date.localeCompare(a.date))
              .map((report) => {
                const href = safeHref(report.link);
                return (
                  <li key={report.date + report.conclusion}>
                    <Text weight="semibold">{formatDate(report.date)}</Text>{' '}
                    {report.authority && `(${report.authority})`}: {report.conclusion}{' '}
                    {href && (
                      <PlainLink href={href} target="_blank" rel="noopener noreferrer">
                        Læs rapporten
                      </PlainLink>
                    )}
                  </li>
                );
              })}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="contacts-heading">
        <Subtitle1 as="h3" id="contacts-heading">
          Kontaktpersoner og uddannelse
        </Subtitle1>
        {provider.contacts.length === 0 ? (
          <Empty>Ingen kontaktpersoner registreret.</Empty>
        ) : (
          <ul className={styles.list}>
            {provider.contacts.map((contact) => (
              <li key={contact.name + contact.role}>
                {contact.name}
                {contact.role && `, ${contact.role}`}
                {contact.email && (
                  <>
                    {' '}
                    – <PlainLink href={`mailto:${contact.email}`}>{contact.email}</PlainLink>
                  </>
                )}
                {contact.phone && ` – tlf. ${contact.phone}`}
              </li>
            ))}
          </ul>
        )}
        <Text>Uddannelsesniveau: {provider.educationLevels.join(', ') || 'ikke oplyst'}</Text>
      </section>
      <section className={styles.section} aria-labelledby="notes-heading">
        <Subtitle1 as="h3" id="notes-heading">
          Kvalitetsnoter fra sagsbehandlere
        </Subtitle1>
        <QualityNotes provider={provider} onSaved={setUpdated} />
      </section>
      <section className={styles.section} aria-labelledby="use-heading">
        <Subtitle1 as="h3" id="use-heading">
          Kontrakter med leverandøren
        </Subtitle1>
        <ProviderContracts providerId={provider.id} />
      </section>
    </article>
  );
}
