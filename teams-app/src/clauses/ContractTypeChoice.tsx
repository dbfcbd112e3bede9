// The contract types a clause applies to, chosen by their Danish names from the library's; none chosen means all.
import { Caption1, Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';

import type { ContractTypeNames } from './useContractTypeNames';

const useStyles = makeStyles({
  group: {
    margin: 0,
    padding: 0,
    border: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
});

interface Props {
  /** The chosen contract types' keys. */
  value: readonly string[];
  onChange: (keys: string[]) => void;
  names: ContractTypeNames;
}

export function ContractTypeChoice({ value, onChange, names }: Props) {
  const styles = useStyles();
  const known = names.contractTypes.map((type) => type.key);
  // A key the clause names but the library lacks stays choosable, so saving does not drop it unseen.
  const keys = [...known, ...value.filter((key) => !known.includes(key))];
  const toggle = (key: string, on: boolean) =>
    onChange(on ? [...value, key] : value.filter((chosen) => chosen !== key));
  return (
    <fieldset className={styles.group}>
      <legend>
        <Text weight="semibold">Kontrakttyper</Text>
      </legend>
      <Caption1>Ingen valgt betyder alle kontrakttyper.</Caption1>
      {names.loaded.state === 'loading' && keys.length === 0 && <Caption1>Henter kontrakttyper …</Caption1>}
      {keys.map((key) => (
        <Checkbox
          key={key}
          label={names.nameOf(key)}
          checked={value.includes(key)}
          onChange={(_e, data) => toggle(key, data.checked === true)}
        />
      ))}
    </fieldset>
  );
}
