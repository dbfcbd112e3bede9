// A native button (or a link shaped as one) in the look of Fluent's Button, for the first screens of the Word pane and
// the Teams tab: it carries none of Fluent's button code (some 6 KB gzipped).
import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from 'react';

const useStyles = makeStyles({
  root: {
    alignItems: 'center',
    boxSizing: 'border-box',
    display: 'inline-flex',
    justifyContent: 'center',
    textDecorationLine: 'none',
    verticalAlign: 'middle',
    margin: 0,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontFamily: tokens.fontFamilyBase,
    outlineStyle: 'none',
    padding: `5px ${tokens.spacingHorizontalM}`,
    minWidth: '96px',
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    transitionDuration: tokens.durationFaster,
    transitionProperty: 'background, border, color',
    transitionTimingFunction: tokens.curveEasyEase,
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
      color: tokens.colorNeutralForeground1Hover,
      cursor: 'pointer',
    },
    ':hover:active': {
      backgroundColor: tokens.colorNeutralBackground1Pressed,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed),
      color: tokens.colorNeutralForeground1Pressed,
    },
    ':focus-visible': {
      ...shorthands.borderColor(tokens.colorStrokeFocus2),
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorTransparentStroke}`,
      boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
    },
    '@media screen and (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
    '@media (forced-colors: active)': {
      ':focus': { ...shorthands.borderColor('ButtonText') },
      ':hover': {
        backgroundColor: 'HighlightText',
        ...shorthands.borderColor('Highlight'),
        color: 'Highlight',
        forcedColorAdjust: 'none',
      },
    },
  },
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    ...shorthands.borderColor('transparent'),
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': {
      backgroundColor: tokens.colorBrandBackgroundHover,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ':hover:active': {
      backgroundColor: tokens.colorBrandBackgroundPressed,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    '@media (forced-colors: active)': {
      backgroundColor: 'Highlight',
      ...shorthands.borderColor('HighlightText'),
      color: 'HighlightText',
      forcedColorAdjust: 'none',
    },
  },
  subtle: {
    backgroundColor: tokens.colorSubtleBackground,
    ...shorthands.borderColor('transparent'),
    color: tokens.colorNeutralForeground2,
    ':hover': {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForeground2Hover,
    },
    ':hover:active': {
      backgroundColor: tokens.colorSubtleBackgroundPressed,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForeground2Pressed,
    },
  },
  small: {
    minWidth: '64px',
    padding: `3px ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
  },
  disabled: {
    backgroundColor: tokens.colorNeutralBackgroundDisabled,
    ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
    color: tokens.colorNeutralForegroundDisabled,
    cursor: 'not-allowed',
    ':hover': {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
      color: tokens.colorNeutralForegroundDisabled,
      cursor: 'not-allowed',
    },
    ':hover:active': {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
      color: tokens.colorNeutralForegroundDisabled,
    },
  },
  disabledPrimary: { ...shorthands.borderColor('transparent'), ':hover': { ...shorthands.borderColor('transparent') } },
  disabledSubtle: {
    backgroundColor: tokens.colorTransparentBackground,
    ...shorthands.borderColor('transparent'),
    ':hover': { backgroundColor: tokens.colorTransparentBackground, ...shorthands.borderColor('transparent') },
  },
});

/** As Fluent's Button: `secondary` (the default) outlined, `primary` filled with the brand colour, `subtle` flat. */
export interface PlainButtonLook {
  appearance?: 'primary' | 'secondary' | 'subtle';
  size?: 'small' | 'medium';
}

function usePlainButtonClass({ appearance = 'secondary', size = 'medium' }: PlainButtonLook, disabled?: boolean) {
  const styles = useStyles();
  return mergeClasses(
    styles.root,
    appearance === 'primary' && styles.primary,
    appearance === 'subtle' && styles.subtle,
    size === 'small' && styles.small,
    disabled && styles.disabled,
    disabled && appearance === 'primary' && styles.disabledPrimary,
    disabled && appearance === 'subtle' && styles.disabledSubtle,
  );
}

export function PlainButton({
  appearance,
  size,
  className,
  type = 'button',
  ...rest
}: PlainButtonLook & ButtonHTMLAttributes<HTMLButtonElement>) {
  const look = usePlainButtonClass({ appearance, size }, rest.disabled);
  return <button type={type} className={mergeClasses(look, className)} {...rest} />;
}

/** A link that looks like a button (Fluent's `<Button as="a">`). */
export function PlainButtonLink({
  appearance,
  size,
  className,
  ...rest
}: PlainButtonLook & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const look = usePlainButtonClass({ appearance, size });
  return <a className={mergeClasses(look, className)} {...rest} />;
}
