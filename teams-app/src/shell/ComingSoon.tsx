// The views that arrive with the next release: a clear note instead of a broken page.
import { Body1, Title3 } from '@fluentui/react-components';
import { useEffect } from 'react';

import { useReportFirstData } from './firstData';
import { type View, VIEW_LABELS } from './route';

const WHAT_COMES: Partial<Record<View, string>> = {
  kontrakter: 'Kontraktregistret med frister, takster og prisregulering.',
  overblik: 'Overblik over udgifter, fakturaer og frister på tværs af sager.',
};

export function ComingSoon({ view }: { view: View }) {
  useReportFirstData(true);
  useEffect(() => {
    document.title = `${VIEW_LABELS[view]} – Køberollen`;
  }, [view]);
  return (
    <section aria-labelledby="soon-heading">
      <Title3 as="h2" id="soon-heading">
        {VIEW_LABELS[view]}
      </Title3>
      <Body1 as="p">Kommer snart. {WHAT_COMES[view]}</Body1>
    </section>
  );
}
