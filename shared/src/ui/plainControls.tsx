// A link and labelled native input, select and textarea in Fluent's look, for the first screens of the Word pane and the Teams
// tab: they carry no component library code.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  type AnchorHTMLAttributes,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';

const useStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  control: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    width: '100%',
    minWidth: 0,
    boxSizing: 'border-box',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  textarea: { resize: 'vertical', minHeight: '80px' },
  link: {
    // Underlined, so a link inside running text is told apart by more than its colour (WCAG 1.4.1).
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    borderRadius: tokens.borderRadiusSmall,
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

export function PlainLink({ className, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const styles = useStyles();
  return <a className={mergeClasses(styles.link, className)} {...rest} />;
}

function PlainField({ label, id, children }: { label: string; id: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {children}
    </div>
  );
}

export function PlainInput({ label, className, ...rest }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  const styles = useStyles();
  const id = useId();
  return (
    <PlainField label={label} id={id}>
      <input id={id} className={mergeClasses(styles.control, className)} {...rest} />
    </PlainField>
  );
}

export function PlainSelect({
  label,
  className,
  ...rest
}: { label: string } & SelectHTMLAttributes<HTMLSelectElement>) {
  const styles = useStyles();
  const id = useId();
  return (
    <PlainField label={label} id={id}>
      <select id={id} className={mergeClasses(styles.control, className)} {...rest} />
    </PlainField>
  );
}

export function PlainTextarea({
  label,
  className,
  ...rest
}: { label: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const styles = useStyles();
  const id = useId();
  return (
    <PlainField label={label} id={id}>
      <textarea id={id} className={mergeClasses(styles.control, styles.textarea, className)} {...rest} />
    </PlainField>
  );
}
