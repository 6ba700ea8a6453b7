import { TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/**
 * Tables that become cards on a phone (app.css, `.sr-stack-table`). Explicit roles keep the table
 * semantics for screen readers when CSS changes the display.
 */

/** The header row: one column header per name, then any extra header cells (`children`). */
export function StackTableHead({ columns, children }: { columns: readonly string[]; children?: ReactNode }) {
  return (
    <TableHeader role="rowgroup">
      <TableRow role="row">
        {columns.map((column) => (
          <TableHeaderCell key={column} role="columnheader" scope="col">
            {column}
          </TableHeaderCell>
        ))}
        {children}
      </TableRow>
    </TableHeader>
  );
}

/**
 * The column name shown above a cell when the table is shown as cards. Hidden from screen
 * readers: the table's own headers name the cell.
 */
export function stackTableLabels(columns: readonly ReactNode[]) {
  return (index: number) => (
    <span className="sr-cell-label" aria-hidden="true">
      {columns[index]}
    </span>
  );
}
