// The clause's paragraphs in the editor: write, reorder (buttons or Alt+arrows), remove, add; each paragraph's
// fields shown as chips under it; the paragraph last written in is where a field is inserted.
import { Button, Caption1, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';

import type { FieldDefinition } from '@koberollen/shared/domain/clause';

import { shownText, storedText } from './clauseDraft';
import { FieldText } from './FieldText';
import { type Keyed, keyed, moveItem, updateKeyed } from './reorder';
import { ReorderButtons, reorderKeys } from './ReorderButtons';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  item: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  chips: { lineHeight: tokens.lineHeightBase400 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** How a field reads in the text, told once above the first paragraph. */
const FIELD_HINT = 'Et felt står med sit navn i kantede parenteser, fx [Døgntakst]. Indsæt felter nedenfor.';

/** Where the caret was last in a paragraph. */
export interface Caret {
  key: string;
  at: number;
}

interface Props {
  paragraphs: Keyed<string>[];
  fields: readonly FieldDefinition[];
  onChange: (paragraphs: Keyed<string>[]) => void;
  onCaret: (caret: Caret) => void;
}

export function ParagraphList({ paragraphs, fields, onChange, onCaret }: Props) {
  const styles = useStyles();
  const caretOf = (key: string) => (event: React.SyntheticEvent<HTMLTextAreaElement>) =>
    onCaret({ key, at: event.currentTarget.selectionStart });
  return (
    <>
      <ol className={styles.list} aria-label="Afsnit">
        {paragraphs.map((p, index) => {
          const name = `afsnit ${index + 1}`;
          const move = (to: number) => onChange(moveItem(paragraphs, index, to));
          return (
            <li key={p.key} className={styles.item} onKeyDown={reorderKeys(index, move)}>
              <Field label={`Afsnit ${index + 1}`} hint={index === 0 ? FIELD_HINT : undefined}>
                <Textarea
                  value={shownText(p.value, fields)}
                  resize="vertical"
                  rows={3}
                  onChange={(event, data) => {
                    onChange(updateKeyed(paragraphs, p.key, () => storedText(data.value, fields)));
                    onCaret({ key: p.key, at: event.currentTarget.selectionStart });
                  }}
                  onSelect={caretOf(p.key)}
                  onFocus={caretOf(p.key)}
                />
              </Field>
              {p.value.includes('{{') && (
                <Caption1 className={styles.chips} aria-label={`Afsnit ${index + 1} med felter`}>
                  <FieldText text={p.value} fields={fields} />
                </Caption1>
              )}
              <div className={styles.row}>
                <ReorderButtons name={name} index={index} count={paragraphs.length} onMove={move} />
                <Button
                  size="small"
                  aria-label={`Fjern ${name}`}
                  disabledFocusable={paragraphs.length === 1}
                  onClick={() => paragraphs.length > 1 && onChange(paragraphs.filter((other) => other.key !== p.key))}
                >
                  Fjern
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className={styles.row}>
        <Button onClick={() => onChange([...paragraphs, keyed('')])}>Tilføj afsnit</Button>
        <Caption1>Flyt et afsnit med knapperne eller Alt+pil op/ned.</Caption1>
      </div>
    </>
  );
}
