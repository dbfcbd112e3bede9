// The library's contract types by their Danish names, each a link to its page, where procurement renames it.
import { routeHref } from '../shell/route';
import { NamedRecordList } from './NamedRecordList';
import { useContractTypeNames } from './useContractTypeNames';

export function ContractTypeList() {
  const { loaded, contractTypes } = useContractTypeNames();
  return (
    <NamedRecordList
      title="Kontrakttyper"
      headingId="contract-types-heading"
      intro="Kontrakttypen er den slags ydelse, en skabelon er til, og som en klausul gælder for. Navnet vises overalt, hvor kontrakttypen nævnes."
      loaded={loaded}
      loadingLabel="Henter kontrakttyper …"
      emptyText="Ingen kontrakttyper endnu."
      items={contractTypes.map((type) => ({
        id: type.id,
        name: type.name,
        href: routeHref('klausuler', ['kontrakttyper', type.id]),
      }))}
    />
  );
}
