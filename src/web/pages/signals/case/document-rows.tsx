import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { HandoverRow } from '../../../../domain/signal/handover-document';

/** Label and value pairs of a handover document; values may span lines (a description). */
export function DocumentRows({ rows }: { rows: HandoverRow[] }) {
  return (
    <DataList className="sr-facts sr-document__rows">
      {rows.map(({ label, value }, index) => (
        <DataListItem key={`${label}-${index}`}>
          <DataListKey>{label}</DataListKey>
          <DataListValue className="sr-pre-line">{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
