// A labelled native checkbox in the look of Fluent's Checkbox, for first screens: it carries no component library
// code (Fluent's Checkbox brings its label, icon and state hooks, some 5 KB).
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { InputHTMLAttributes } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
  },
  disabled: { color: tokens.colorNeutralForegroundDisabled, cursor: 'default' },
  box: {
    width: '16px',
    height: '16px',
    margin: 0,
    flexShrink: 0,
    accentColor: tokens.colorCompoundBrandBackground,
    cursor: 'inherit',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
});

/** A checkbox with its label; `onChange` is the input's own. */
export function PlainCheckbox({
  label,
  className,
  disabled,
  ...rest
}: { label: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const styles = useStyles();
  return (
    <label className={mergeClasses(styles.root, disabled && styles.disabled, className)}>
      <input type="checkbox" className={styles.box} disabled={disabled} {...rest} />
      {label}
    </label>
  );
}
