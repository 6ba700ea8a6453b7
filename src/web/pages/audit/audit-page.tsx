import { Button, ButtonLink, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditExportUrl, searchAudit, type AuditFilters } from '../../api/auth-api';
import { ApiError } from '../../api/client';
import { LoadingState } from '../../components/loading-state';
import { QueryError } from '../../components/query-error';
import { RequireLogin } from '../../components/require-login';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { formErrorsFrom } from '../../lib/form-errors';
import { AuditFiltersForm, EMPTY_FILTERS } from './audit-filters-form';
import { AuditTable } from './audit-table';

export function AuditPage() {
  return <RequireLogin role="auditor">{() => <AuditView />}</RequireLogin>;
}

/**
 * The auditor's search in the audit trail of the own municipality: filters, the newest events
 * first, older ones on request, and the same selection as CSV. Every search is itself audited.
 */
function AuditView() {
  const { t } = useTranslation();
  const resultsId = useId();
  useDocumentTitle(t('audit.title'));
  const [filters, setFilters] = useState<Required<AuditFilters>>(EMPTY_FILTERS);
  // Everyone seen acting so far, across searches: the user filter is built from them.
  const actorsSeen = useRef(new Map<string, string>());
  const search = useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) => searchAudit(filters, pageParam),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
    staleTime: 0,
  });

  const events = useMemo(() => search.data?.pages.flatMap((p) => p.events) ?? [], [search.data]);
  for (const event of events) if (event.actorUserId && event.actorName) actorsSeen.current.set(event.actorUserId, event.actorName);
  const fieldErrors = search.error instanceof ApiError && search.error.id === 'validation' ? formErrorsFrom(search.error, t).fields : {};
  const label = t('audit.resultsLabel');

  return (
    <div className="sr-container">
      <Heading1>{t('audit.title')}</Heading1>
      <Paragraph>{t('audit.intro')}</Paragraph>
      <Paragraph>{t('audit.shieldedNote')}</Paragraph>
      <AuditFiltersForm initial={filters} actors={actorsSeen.current} onApply={setFilters} fieldErrors={fieldErrors} />
      <section aria-labelledby={resultsId} className="sr-section">
        <Heading2 id={resultsId}>{t('audit.results')}</Heading2>
        <div className="sr-actions">
          <ButtonLink appearance="secondary-action-button" href={auditExportUrl(filters)} download>
            {t('audit.export')}
          </ButtonLink>
        </div>
        {search.isPending && <LoadingState />}
        {search.isError && Object.keys(fieldErrors).length === 0 && <QueryError error={search.error} />}
        <Paragraph role="status" className="sr-count">
          {search.data ? t('audit.count', { count: events.length }) : ''}
          {search.data && search.hasNextPage ? ` ${t('audit.more')}` : ''}
        </Paragraph>
        {events.length > 0 && <AuditTable events={events} label={label} />}
        {search.hasNextPage && (
          <div className="sr-actions">
            <Button
              type="button"
              appearance="secondary-action-button"
              busy={search.isFetchingNextPage}
              disabled={search.isFetchingNextPage}
              onClick={() => void search.fetchNextPage()}
            >
              {search.isFetchingNextPage ? t('common.loading') : t('audit.loadMore')}
            </Button>
          </div>
        )}
      </section>
    </div>
  );
}
