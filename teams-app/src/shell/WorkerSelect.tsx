// The "Sagsbehandler" filter of the case and contract lists: everyone, or one colleague, as a native select.
import { PlainSelect } from '@koberollen/shared/ui/plainControls';

export function WorkerSelect({
  workers,
  value,
  onChange,
}: {
  workers: readonly { userId: string; name: string }[];
  value: string | undefined;
  /** The chosen colleague's id; undefined for everyone. */
  onChange: (userId: string | undefined) => void;
}) {
  return (
    <PlainSelect
      label="Sagsbehandler"
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || undefined)}
    >
      <option value="">Alle</option>
      {workers.map((w) => (
        <option key={w.userId} value={w.userId}>
          {w.name}
        </option>
      ))}
    </PlainSelect>
  );
}
