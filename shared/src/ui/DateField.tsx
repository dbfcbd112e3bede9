// The one date field of the Word pane and the Teams tab: typed and shown as dd.mm.åååå, whatever the browser's or
// Office's language (a native date input would show its own).
import { Field, Input } from '@fluentui/react-components';

export const DATE_HINT = 'dd.mm.åååå';

export const DATE_MESSAGE = `Skriv datoen som ${DATE_HINT}, fx 01.03.2026.`;

export function DateField({
  label,
  value,
  onChange,
  required = false,
  validationMessage,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  validationMessage?: string;
}) {
  return (
    <Field label={label} required={required} validationMessage={validationMessage} hint={DATE_HINT}>
      <Input value={value} placeholder={DATE_HINT} inputMode="decimal" onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
