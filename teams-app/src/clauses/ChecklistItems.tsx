// A checklist's items in the editor: text, guidance and the clause topic an item requires; reordered with buttons
// or Alt+arrows, removed, or added.
import { Button, Field, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';

import type { ChecklistItem } from '@koberollen/shared/domain/checklist';

import { type Keyed, keyed, moveItem, updateKeyed } from './reorder';
import { ReorderButtons, reorderKeys } from './ReorderButtons';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  item: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
});

/** An id for a new item that no other item of the list has (`punkt-4`). */
export function newItemId(items: readonly { id: string }[]): string {
  const taken = new Set(items.map((item) => item.id));
  let n = items.length + 1;
  while (taken.has(`punkt-${n}`)) n += 1;
  return `punkt-${n}`;
}

interface Props {
  items: Keyed<ChecklistItem>[];
  /** Topic keys with their Danish names. */
  topics: readonly [string, string][];
  onChange: (items: Keyed<ChecklistItem>[]) => void;
}

export function ChecklistItems({ items, topics, onChange }: Props) {
  const styles = useStyles();
  return (
    <>
      <ol className={styles.list} aria-label="Punkter">
        {items.map((item, index) => {
          const name = `punkt ${index + 1}`;
          const move = (to: number) => onChange(moveItem(items, index, to));
          const set = (change: Partial<ChecklistItem>) =>
            onChange(updateKeyed(items, item.key, (value) => ({ ...value, ...change })));
          const required = item.value.requiresTopic;
          const topicChoices: readonly [string, string][] =
            required && !topics.some(([key]) => key === required) ? [[required, required], ...topics] : topics;
          return (
            <li key={item.key} className={styles.item} onKeyDown={reorderKeys(index, move)}>
              <Field label={`Punkt ${index + 1}`} required>
                <Textarea
                  value={item.value.text}
                  onChange={(_e, data) => set({ text: data.value })}
                  resize="vertical"
                />
              </Field>
              <Field label={`Vejledning til punkt ${index + 1}`}>
                <Textarea
                  value={item.value.guidance}
                  onChange={(_e, data) => set({ guidance: data.value })}
                  resize="vertical"
                />
              </Field>
              <div className={styles.row}>
                <Field label={`Klausulemne punkt ${index + 1} kræver`}>
                  <Select
                    value={item.value.requiresTopic ?? ''}
                    onChange={(_e, data) => set({ requiresTopic: data.value || undefined })}
                  >
                    <option value="">Intet emne</option>
                    {topicChoices.map(([key, name]) => (
                      <option key={key} value={key}>
                        {name}
                      </option>
                    ))}
                  </Select>
                </Field>
                <ReorderButtons name={name} index={index} count={items.length} onMove={move} />
                <Button
                  size="small"
                  aria-label={`Fjern ${name}`}
                  disabledFocusable={items.length === 1}
                  onClick={() => items.length > 1 && onChange(items.filter((other) => other.key !== item.key))}
                >
                  Fjern
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div>
        <Button
          onClick={() =>
            onChange([...items, keyed({ id: newItemId(items.map((i) => i.value)), text: '', guidance: '' })])
          }
        >
          Tilføj punkt
        </Button>
      </div>
    </>
  );
}
