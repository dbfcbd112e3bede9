// The working copy as the Word add-in inserts it: the title as a Heading 3 and the paragraphs in Normal style inside
// one content control, each field highlighted where the case worker fills it in.
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';

import type { Clause } from '@koberollen/shared/domain/clause';

import { FieldText } from './FieldText';

const useStyles = makeStyles({
  page: {
    maxWidth: '720px',
    padding: '48px 64px',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow8,
    fontFamily: 'Calibri, Carlito, "Segoe UI", sans-serif',
    fontSize: '15px',
    lineHeight: 1.5,
  },
  control: {
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    fontFamily: 'inherit',
    fontSize: '17px',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  paragraph: { margin: `0 0 ${tokens.spacingVerticalM}` },
});

export function ClausePreview({ clause }: { clause: Clause }) {
  const styles = useStyles();
  return (
    <>
      <Caption1>
        Sådan indsættes arbejdskopien i Word. Felterne er fremhævet; sagsbehandleren udfylder dem i dokumentet.
      </Caption1>
      <div className={styles.page} role="document" aria-label="Forhåndsvisning som i Word">
        <div className={styles.control}>
          <h3 className={styles.heading}>{clause.title}</h3>
          {clause.paragraphs.map((p, i) => (
            <p key={i} className={styles.paragraph}>
              <FieldText text={p.text} fields={clause.fields} variant="word" />
            </p>
          ))}
        </div>
      </div>
    </>
  );
}
