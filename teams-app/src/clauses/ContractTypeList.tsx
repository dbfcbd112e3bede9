// The library's contract types by their Danish names, each a link to its page, where procurement renames it.
import { Caption1, Link, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';

import { routeHref } from '../shell/route';
import { Empty, ErrorState, Loading } from '../shell/states';
import { useContractTypeNames } from './useContractTypeNames';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))',
  },
});

export function ContractTypeList() {
  const styles = useStyles();
  const { loaded, contractTypes } = useContractTypeNames();
  return (
    <section className={styles.section} aria-labelledby="contract-types-heading">
      <Subtitle1 as="h3" id="contract-types-heading">
        Kontrakttyper
      </Subtitle1>
      <Caption1>
        Kontrakttypen er den slags ydelse, en skabelon er til, og som en klausul gælder for. Navnene vises overalt i
        Teams og i Word.
      </Caption1>
      {loaded.state === 'loading' && !loaded.data && <Loading label="Henter kontrakttyper …" />}
      {loaded.state === 'error' && <ErrorState error={loaded.error} onRetry={loaded.reload} />}
      {loaded.state === 'ready' && contractTypes.length === 0 && <Empty>Ingen kontrakttyper endnu.</Empty>}
      {contractTypes.length > 0 && (
        <ul className={styles.list} aria-label="Kontrakttyper">
          {contractTypes.map((type) => (
            <li key={type.id}>
              <Link href={routeHref('klausuler', ['kontrakttyper', type.id])}>{type.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
