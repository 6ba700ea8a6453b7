import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
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
 * The filters (kept in the address) and the signals they select, a page at a time ("Meer laden"
 * asks the server for the next page after the last one shown). Without a state filter the inbox
 * shows open work only: closed signals are there when the AF asks for them.
 */
export function InboxContent() {
  const [params, setParams] = useSearchParams();
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const request: Filters = { ...filters, state: filters.state === ALL_STATES ? undefined : (filters.state ?? OPEN_FILTER) };
  const query = useInfiniteQuery({
    queryKey: ['inbox', request],
    queryFn: ({ pageParam }) => inbox(request, { cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
    placeholderData: (previous) => previous,
  });
  // Where the rows of the page just loaded begin: focus goes to the first of them.
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const apply = (next: Filters) => {
    const search = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key]) search.set(key, next[key]!);
    setFocusFrom(null);
    setParams(search);
  };
  const signals = query.data?.pages.flatMap((p) => p.items) ?? [];
  const focused = useCallback(() => setFocusFrom(null), []);
  const more = () => {
    setFocusFrom(signals.length);
    void query.fetchNextPage();
  };
  return (
    <>
      {/* Keyed by the address: back and forward show the filters that belong to the list. */}
      <InboxFilters key={params.toString()} filters={filters} onApply={apply} />
      {query.isPending && <LoadingState />}
      {query.isError && <QueryError error={query.error} />}
      {query.data && (
        <InboxTable
          signals={signals}
          total={query.data.pages[0]?.total ?? null}
          onlyOpen={request.state === OPEN_FILTER}
          filtered={Object.keys(filters).length > 0}
          busy={query.isFetching}
          more={query.hasNextPage ? { onMore: more, loading: query.isFetchingNextPage, failed: query.isFetchNextPageError } : null}
          focusFrom={query.isFetchingNextPage ? null : focusFrom}
          onFocused={focused}
        />
      )}
    </>
  );
}
