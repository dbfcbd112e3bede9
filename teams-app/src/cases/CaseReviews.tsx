// The contract reviews recorded with the case from the Word add-in, newest first: when, who, what was reviewed and
// what was left open.
import { Badge, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';

import { reviewRoutes } from '@koberollen/shared/api/reviews.contract';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';
import { describeReview } from '@koberollen/shared/rules/reviewRecord';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { Empty, ErrorState, Loading } from '../shell/states';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalS },
});

/** How many recorded reviews the case page lists. */
const SHOWN = 20;

export function CaseReviews({ caseId }: { caseId: string }) {
  const styles = useStyles();
  const { api } = useSession();
  const loaded = useLoad(
    () => api.call(reviewRoutes.list, { params: { id: caseId }, query: { limit: SHOWN } }),
    caseId,
  );
  if (loaded.state === 'loading') return <Loading label="Henter gennemgange …" />;
  if (loaded.state === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  const reviews = loaded.data.data.items;
  if (reviews.length === 0) {
    return <Empty>Ingen kontraktgennemgang er gemt på sagen endnu. Gennemgangen laves i Word med Køberollen.</Empty>;
  }
  return (
    <ul className={styles.list} aria-label="Gemte kontraktgennemgange">
      {reviews.map((review) => (
        <li key={review.id}>
          <Text weight="semibold">{review.documentTitle || 'Kontrakt uden titel'}</Text>{' '}
          <Badge appearance="outline" color={review.ok ? 'success' : 'warning'}>
            {review.ok ? 'Intet åbent' : 'Åbne fund'}
          </Badge>
          <Text block>{describeReview(review)}</Text>
          <Caption1 block>
            {formatDate(isoDateOf(review.createdAt))}, {review.createdBy.name} ·{' '}
            {review.mode === 'tagged' ? 'bygget på en skabelon' : 'leverandørens egen kontrakt'}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
