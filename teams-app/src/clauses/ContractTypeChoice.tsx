// Contract types chosen by their Danish names from the library's: the ones a clause applies to (none chosen means all),
// and the one a template is for.
import { Caption1, Checkbox, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';

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

/** The library's keys in name order, then those of `value` the library lacks: still choices, so no save drops them. */
function choices(names: ContractTypeNames, value: readonly string[]): string[] {
  const known = names.contractTypes.map((type) => type.key);
  return [...known, ...value.filter((key) => !known.includes(key))];
}

export function ContractTypeChoice({ value, onChange, names }: Props) {
  const styles = useStyles();
  const keys = choices(names, value);
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

interface SelectProps {
  /** The chosen contract type's key. */
  value: string;
  onChange: (key: string) => void;
  names: ContractTypeNames;
}

/** The one contract type a template is for, chosen from a list of the library's by their Danish names. */
export function ContractTypeSelect({ value, onChange, names }: SelectProps) {
  return (
    <Field label="Kontrakttype" required>
      <Select value={value} onChange={(_e, data) => onChange(data.value)}>
        {choices(names, [value]).map((key) => (
          <option key={key} value={key}>
            {names.nameOf(key)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
