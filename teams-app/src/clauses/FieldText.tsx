// A clause paragraph with each named field shown as a chip (the library) or highlighted as in Word (the preview).
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

import type { FieldDefinition } from '@koberollen/shared/domain/clause';
import { clauseTextParts } from '@koberollen/shared/rules/clauseText';

const useStyles = makeStyles({
  chip: {
    display: 'inline-block',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
  word: {
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  unknown: { border: `${tokens.strokeWidthThin} dotted ${tokens.colorPaletteRedBorder2}` },
});

interface Props {
  text: string;
  fields: readonly FieldDefinition[];
  /** `chip` in the library and editor; `word` in the preview, where a field reads as its label in brackets. */
  variant?: 'chip' | 'word';
}

export function FieldText({ text, fields, variant = 'chip' }: Props) {
  const styles = useStyles();
  const labels = new Map(fields.map((field) => [field.key, field.label]));
  return (
    <>
      {clauseTextParts(text).map((part, i) => {
        if (part.kind === 'text') return <span key={i}>{part.text}</span>;
        const label = labels.get(part.key);
        const className = mergeClasses(variant === 'chip' ? styles.chip : styles.word, !label && styles.unknown);
        const shown = label ?? `ukendt felt ${part.key}`;
        return variant === 'chip' ? (
          <span key={i} className={className}>
            {shown}
          </span>
        ) : (
          <mark key={i} className={className} aria-label={`felt: ${shown}`}>
            [{shown}]
          </mark>
        );
      })}
    </>
  );
}
