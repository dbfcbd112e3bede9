// One search result: the provider's key figures, its rates with their dates, the latest supervision, and its offers
// with a checkbox each for the comparison.
import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

import type { ProviderSummary, SummaryRate } from '@koberollen/shared/api/providers.contract';
import { formatDate, formatKr } from '@koberollen/shared/rules/format';
import { PlainCheckbox } from '@koberollen/shared/ui/plainCheckbox';
import { PlainLink } from '@koberollen/shared/ui/plainControls';

import { routeHref } from '../shell/route';
import { isStale, OWNERSHIP_LABELS, SOURCE_LABELS, unitLabel } from './catalogueOptions';
import { MAX_COMPARED } from './compareLink';
import { compareSelection, type PickedOffer } from './compareSelection';

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  name: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  facts: { display: 'flex', flexWrap: 'wrap', gap: `0 ${tokens.spacingHorizontalL}` },
  rates: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  offers: { display: 'flex', flexWrap: 'wrap', gap: `0 ${tokens.spacingHorizontalL}` },
  // The looks of Fluent's Text and Caption1 on plain spans: twenty results of a dozen Fluent components each made the
  // catalogue's first render the slowest part of opening it.
  text: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  strong: { fontWeight: tokens.fontWeightSemibold },
  caption: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

function RateFigure({ rate }: { rate: SummaryRate }) {
  const styles = useStyles();
  const stale = isStale(rate.negotiatedAt);
  return (
    <li>
      <span className={mergeClasses(styles.text, styles.strong)}>
        {formatKr(rate.amount)} {unitLabel(rate.type)}
      </span>{' '}
      <span className={styles.caption}>
        ({SOURCE_LABELS[rate.source ?? 'negotiated'].toLowerCase()} {formatDate(rate.negotiatedAt)})
      </span>{' '}
      {stale && (
        <Badge appearance="tint" color="warning" size="small">
          Over 12 måneder gammel
        </Badge>
      )}
    </li>
  );
}

export function ProviderResult({ provider, picked }: { provider: ProviderSummary; picked: PickedOffer[] }) {
  const styles = useStyles();
  const full = picked.length >= MAX_COMPARED;
  return (
    <article className={styles.card} aria-labelledby={`p-${provider.id}`}>
      <div className={styles.title}>
        <h3 className={styles.name} id={`p-${provider.id}`}>
          <PlainLink href={routeHref('leverandoerer', [provider.id])}>{provider.name}</PlainLink>
        </h3>
        <span className={styles.caption}>CVR {provider.cvr}</span>
      </div>
      <div className={styles.facts}>
        <span className={styles.text}>{OWNERSHIP_LABELS[provider.ownership]}</span>
        <span className={styles.text}>{provider.municipality}</span>
        <span className={styles.text}>{provider.paragraphs.join(', ')}</span>
        <span className={styles.text}>{provider.places} pladser</span>
      </div>
      {provider.rates.length > 0 ? (
        <ul className={styles.rates} aria-label="Takster">
          {provider.rates.map((rate) => (
            <RateFigure key={rate.type} rate={rate} />
          ))}
        </ul>
      ) : (
        <span className={styles.caption}>Ingen takster registreret</span>
      )}
      <span className={styles.caption}>
        {provider.supervision
          ? `Seneste tilsyn ${formatDate(provider.supervision.date)}: ${provider.supervision.conclusion}`
          : 'Ingen tilsynsrapport registreret'}
      </span>
      <div className={styles.offers}>
        {provider.offers.map((offer) => {
          const ref = { providerId: provider.id, offerId: offer.id, label: `${provider.name} – ${offer.name}` };
          const checked = compareSelection.has(ref);
          return (
            <PlainCheckbox
              key={offer.id}
              checked={checked}
              disabled={!checked && full}
              label={`Sammenlign ${offer.name}`}
              onChange={() => compareSelection.toggle(ref)}
            />
          );
        })}
      </div>
    </article>
  );
}
