// A note that goes into a library record's history (change note, reason), refused while it holds a CPR number.
import { Field, Textarea } from '@fluentui/react-components';

import { containsCprNumber, CPR_REFUSAL } from '@koberollen/shared/rules/cpr';

interface Props {
  label: string;
  hint: string;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
}

export function NoteField({ label, hint, required, value, onChange }: Props) {
  const cpr = containsCprNumber(value);
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationState={cpr ? 'error' : 'none'}
      validationMessage={cpr ? CPR_REFUSAL : undefined}
    >
      <Textarea value={value} onChange={(_e, data) => onChange(data.value)} resize="vertical" />
    </Field>
  );
}
