import type { ReactNode } from 'react';

/**
 * The column name shown above a cell when a stack table becomes cards on a phone (app.css,
 * `.sr-stack-table`). Hidden from screen readers: the table's own headers name the cell.
 */
export function stackTableLabels(columns: readonly ReactNode[]) {
  return (index: number) => (
    <span className="sr-cell-label" aria-hidden="true">
      {columns[index]}
    </span>
  );
}
