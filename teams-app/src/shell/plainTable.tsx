// Fluent's Table, TableHeader, TableBody, TableRow, TableHeaderCell and TableCell, by the same names and props the
// views use (`size`, `aria-*`, `className`), as native table elements in Fluent's look: a view's first screen shows
// its tables without some 5 KB of table code. Sorting, selection and cell actions are not offered here.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { createContext, type HTMLAttributes, type TdHTMLAttributes, type ThHTMLAttributes, useContext } from 'react';

type Size = 'extra-small' | 'small' | 'medium';

const SizeContext = createContext<Size>('medium');
/** Whether a row is in the table's header. */
const HeaderContext = createContext(false);
/** Whether a row is in the table's header. */
const useStyles = makeStyles({
  table: {
    display: 'table',
    verticalAlign: 'middle',
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    backgroundColor: tokens.colorSubtleBackground,
  },
  row: {
    color: tokens.colorNeutralForeground1,
    boxSizing: 'border-box',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1Hover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed, color: tokens.colorNeutralForeground1Pressed },
    '@media (forced-colors: active)': { ':hover': { color: 'Highlight', borderBottomColor: 'Highlight' } },
  },
  headerRow: { color: tokens.colorNeutralForeground1, boxSizing: 'border-box' },
  ruled: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  'extra-small': { fontSize: tokens.fontSizeBase200 },
  cell: {
    display: 'table-cell',
    verticalAlign: 'middle',
    position: 'relative',
    padding: `0px ${tokens.spacingHorizontalS}`,
  },
  medium: { height: '44px' },
  small: { height: '34px' },
  'extra-small-cell': { height: '24px' },
  headerCell: { fontWeight: tokens.fontWeightRegular, textAlign: 'left', height: '32px' },
});

export function Table({ size = 'medium', className, ...rest }: { size?: Size } & HTMLAttributes<HTMLTableElement>) {
  return (
    <SizeContext.Provider value={size}>
      <table className={mergeClasses(useStyles().table, className)} {...rest} />
    </SizeContext.Provider>
  );
}

export function TableHeader(props: HTMLAttributes<HTMLTableSectionElement>) {
  return (
    <HeaderContext.Provider value={true}>
      <thead {...props} />
    </HeaderContext.Provider>
  );
}

export function TableBody(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody {...props} />;
}

/** A row: a body row answers the pointer as Fluent's does; a row of header cells does not. */
export function TableRow({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  const styles = useStyles();
  const size = useContext(SizeContext);
  const inHeader = useContext(HeaderContext);
  return (
    <tr
      className={mergeClasses(
        inHeader ? styles.headerRow : styles.row,
        size === 'extra-small' ? styles['extra-small'] : styles.ruled,
        className,
      )}
      {...rest}
    />
  );
}

export function TableHeaderCell({ className, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  const styles = useStyles();
  return <th scope="col" className={mergeClasses(styles.cell, styles.headerCell, className)} {...rest} />;
}

export function TableCell({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  const styles = useStyles();
  const size = useContext(SizeContext);
  const height = size === 'extra-small' ? styles['extra-small-cell'] : styles[size];
  return <td className={mergeClasses(styles.cell, height, className)} {...rest} />;
}
