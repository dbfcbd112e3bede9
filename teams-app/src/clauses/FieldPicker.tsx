// Inserts a named field at the caret of the paragraph last written in: one the library already knows, or a new one.
import { Button, Field, Input, makeStyles, Select, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import type { FieldDefinition, FieldType } from '@koberollen/shared/domain/clause';

import { fieldKeyOf } from './clauseDraft';
import { FIELD_TYPE_LABELS } from './labels';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
});

interface Props {
  known: readonly FieldDefinition[];
  /** The paragraph fields go into ("afsnit 2"), or undefined before any was written in. */
  target: string | undefined;
  onInsert: (field: FieldDefinition) => void;
}

export function FieldPicker({ known, target, onInsert }: Props) {
  const styles = useStyles();
  const [picked, setPicked] = useState('');
  const [label, setLabel] = useState('');
  const [type, setType] = useState<FieldType>('text');
  const chosen = known.find((field) => field.key === picked);
  const nameTaken = known.some((field) => field.label.toLowerCase() === label.trim().toLowerCase());
  const newValid = label.trim() !== '' && !nameTaken;
  return (
    <section className={styles.root} aria-labelledby="field-picker-heading">
      <Subtitle2 as="h4" id="field-picker-heading">
        Felter
      </Subtitle2>
      <Text>
        {target
          ? `Felter indsættes i ${target}, hvor markøren stod.`
          : 'Klik i et afsnit for at vælge, hvor feltet skal indsættes.'}
      </Text>
      <div className={styles.row}>
        <Field label="Felt fra biblioteket">
          <Select value={picked} onChange={(_e, data) => setPicked(data.value)}>
            <option value="">Vælg et felt</option>
            {known.map((field) => (
              <option key={field.key} value={field.key}>
                {field.label}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabledFocusable={!chosen || !target} onClick={() => chosen && target && onInsert(chosen)}>
          Indsæt felt
        </Button>
      </div>
      <div className={styles.row}>
        <Field
          label="Nyt felts navn"
          validationMessage={nameTaken ? 'Et felt med det navn findes allerede. Vælg det i listen ovenfor.' : undefined}
        >
          <Input value={label} onChange={(_e, data) => setLabel(data.value)} placeholder="fx Opsigelsesvarsel" />
        </Field>
        <Field label="Type">
          <Select value={type} onChange={(_e, data) => setType(data.value as FieldType)}>
            {Object.entries(FIELD_TYPE_LABELS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          disabledFocusable={!newValid || !target}
          onClick={() => {
            if (!newValid || !target) return;
            const key = fieldKeyOf(
              label,
              known.map((field) => field.key),
            );
            onInsert({ key, label: label.trim(), type, required: true });
            setLabel('');
          }}
        >
          Opret og indsæt
        </Button>
      </div>
    </section>
  );
}
