// Body rows of the long lists (the contract register, the case list: up to 200 rows) as native table rows in the look
// of Fluent's medium TableRow and TableCell, inside Fluent's Table and header. A Fluent row with its cells and links is
// a dozen components; two hundred of them made the view's first render the slowest part of opening it.
import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { ButtonHTMLAttributes, ReactNode, TdHTMLAttributes } from 'react';

const useStyles = makeStyles({
  row: {
    color: tokens.colorNeutralForeground1,
    boxSizing: 'border-box',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1Hover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed, color: tokens.colorNeutralForeground1Pressed },
  },
  cell: {
    display: 'table-cell',
    verticalAlign: 'middle',
    height: '44px',
    position: 'relative',
    padding: `0px ${tokens.spacingHorizontalS}`,
  },
  link: {
    backgroundColor: 'transparent',
    boxSizing: 'border-box',
    color: tokens.colorBrandForegroundLink,
    cursor: 'pointer',
    display: 'inline',
    fontFamily: tokens.fontFamilyBase,
    fontSize: 'inherit',
    fontWeight: tokens.fontWeightRegular,
    margin: '0',
    padding: '0',
    ...shorthands.borderStyle('none'),
    textAlign: 'left',
    textDecorationLine: 'none',
    textDecorationThickness: tokens.strokeWidthThin,
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
    ':active': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkPressed },
    ':focus-visible': {
      outlineStyle: 'none',
      textDecorationColor: tokens.colorStrokeFocus2,
      textDecorationLine: 'underline',
      textDecorationStyle: 'double',
    },
  },
});

export function ListRow({ children }: { children: ReactNode }) {
  return <tr className={useStyles().row}>{children}</tr>;
}

export function ListCell({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={mergeClasses(useStyles().cell, className)} {...rest} />;
}

/** A link in Fluent's look. */
export function ListLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className={useStyles().link} href={href}>
      {children}
    </a>
  );
}

/** A button in the look of Fluent's Link rendered as a button. */
export function ListLinkButton({ className, ...rest }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" className={mergeClasses(useStyles().link, className)} {...rest} />;
}
