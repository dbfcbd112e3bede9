// The reviews recorded with the linked case, newest first: who, when and what was left open.
import { Body1, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';

import { reviewRoutes } from '@koberollen/shared/api/reviews.contract';
import type { CaseReview } from '@koberollen/shared/domain/review';
import { describeReview } from '@koberollen/shared/rules/reviewRecord';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { errorText } from '../api/paneClient';
import { ErrorLine, formatTimestamp, Muted, usePaneApi } from './common';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: {
    listStyleType: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

export function SavedReviews({ caseId, round }: { caseId: string; round: number }) {
  const styles = useStyles();
  const api = usePaneApi();
  const reviews = useLoad(
    () =>
      api.call(reviewRoutes.list, { params: { id: caseId }, query: { limit: 10 } }).then((answer) => answer.data.items),
    `${caseId}/${round}`,
  );
  return (
    <section className={styles.section} aria-labelledby="saved-reviews">
      <Subtitle2 as="h3" id="saved-reviews">
        Gennemgange gemt på sagen
      </Subtitle2>
      {reviews.state === 'loading' && !reviews.data && <Spinner size="tiny" label="Henter …" />}
      {reviews.state === 'error' && <ErrorLine>Gennemgangene kunne ikke hentes: {errorText(reviews.error)}</ErrorLine>}
      {reviews.data?.length === 0 && <Muted>Ingen gennemgange er gemt på sagen endnu.</Muted>}
      <ul className={styles.list} aria-label="Gemte gennemgange">
        {reviews.data?.map((review: CaseReview) => (
          <li key={review.id}>
            <Body1>
              {formatTimestamp(review.createdAt)}, {review.createdBy.name}: {describeReview(review)}
            </Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}
