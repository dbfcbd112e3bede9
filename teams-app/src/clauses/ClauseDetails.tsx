// A clause as the library holds it now: its text with the fields as chips, the fields, guidance, recognition
// phrases and where it applies.
import {
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';

import type { Clause } from '@koberollen/shared/domain/clause';

import { Empty } from '../shell/states';
import { FieldText } from './FieldText';
import { FIELD_TYPE_LABELS } from './labels';
import { contractTypesText } from './useContractTypeNames';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { margin: 0, maxWidth: '72ch', lineHeight: tokens.lineHeightBase400 },
  guidance: { whiteSpace: 'pre-wrap', maxWidth: '72ch' },
});

interface Props {
  clause: Clause;
  /** A contract type's Danish name by its key. */
  typeName: (key: string) => string;
}

export function ClauseDetails({ clause, typeName }: Props) {
  const styles = useStyles();
  const { contractTypes, paragraphs } = clause.applicability;
  return (
    <>
      <section className={styles.section} aria-labelledby="text-heading">
        <Subtitle2 as="h3" id="text-heading">
          Tekst
        </Subtitle2>
        {clause.paragraphs.map((p, i) => (
          <p key={i} className={styles.text}>
            <FieldText text={p.text} fields={clause.fields} />
          </p>
        ))}
      </section>
      <section className={styles.section} aria-labelledby="fields-heading">
        <Subtitle2 as="h3" id="fields-heading">
          Felter
        </Subtitle2>
        {clause.fields.length === 0 ? (
          <Empty>Klausulen har ingen felter.</Empty>
        ) : (
          <Table aria-label="Felter" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Navn</TableHeaderCell>
                <TableHeaderCell>Type</TableHeaderCell>
                <TableHeaderCell>Skal udfyldes</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {clause.fields.map((field) => (
                <TableRow key={field.key}>
                  <TableCell>{field.label}</TableCell>
                  <TableCell>{FIELD_TYPE_LABELS[field.type]}</TableCell>
                  <TableCell>{field.required ? 'Ja' : 'Nej'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <section className={styles.section} aria-labelledby="guidance-heading">
        <Subtitle2 as="h3" id="guidance-heading">
          Vejledning til sagsbehandleren
        </Subtitle2>
        {clause.guidance ? (
          <Text className={styles.guidance}>{clause.guidance}</Text>
        ) : (
          <Empty>Ingen vejledning.</Empty>
        )}
      </section>
      <section className={styles.section} aria-labelledby="use-heading">
        <Subtitle2 as="h3" id="use-heading">
          Genkendelse og anvendelse
        </Subtitle2>
        <Text>Genkendelsesord: {clause.recognitionPhrases.join(', ') || 'ingen'}</Text>
        <Text>Kontrakttyper: {contractTypesText(contractTypes, typeName)}</Text>
        <Text>Paragraffer: {paragraphs.join(', ') || 'alle'}</Text>
      </section>
    </>
  );
}
