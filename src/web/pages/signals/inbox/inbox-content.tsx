import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { inbox } from '../../../api/signals-api';
import type { InboxFilters as Filters } from '../../../api/signal-types';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { InboxFilters } from './inbox-filters';
import { InboxTable } from './inbox-table';

const FILTER_KEYS = ['state', 'form', 'urgent', 'overdue'] as const;

/** The filters (kept in the address) and the signals they select. */
export function InboxContent() {
  const [params, setParams] = useSearchParams();
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const query = useQuery({ queryKey: ['inbox', filters], queryFn: () => inbox(filters), placeholderData: (previous) => previous });
  const apply = (next: Filters) => {
    const search = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key]) search.set(key, next[key]!);
    setParams(search);
  };
  return (
    <>
      {/* Keyed by the address: back and forward show the filters that belong to the list. */}
      <InboxFilters key={params.toString()} filters={filters} onApply={apply} />
      {query.isPending && <LoadingState />}
      {query.isError && <QueryError error={query.error} />}
      {query.data && <InboxTable signals={query.data} filtered={Object.keys(filters).length > 0} busy={query.isFetching} />}
    </>
  );
}
