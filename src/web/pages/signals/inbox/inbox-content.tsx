import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { OPEN_FILTER } from '../../../../domain/signal/workflow';
import { inbox } from '../../../api/signals-api';
import type { InboxFilters as Filters } from '../../../api/signal-types';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { ALL_STATES, InboxFilters } from './inbox-filters';
import { InboxTable } from './inbox-table';

const FILTER_KEYS = ['state', 'form', 'urgent', 'overdue'] as const;

/**
 * The filters (kept in the address) and the signals they select. Without a state filter the
 * inbox shows open work only: closed signals are there when the AF asks for them.
 */
export function InboxContent() {
  const [params, setParams] = useSearchParams();
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const request: Filters = { ...filters, state: filters.state === ALL_STATES ? undefined : (filters.state ?? OPEN_FILTER) };
  const query = useQuery({ queryKey: ['inbox', request], queryFn: () => inbox(request), placeholderData: (previous) => previous });
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
      {query.data && <InboxTable signals={query.data} onlyOpen={request.state === OPEN_FILTER} filtered={Object.keys(filters).length > 0} busy={query.isFetching} />}
    </>
  );
}
