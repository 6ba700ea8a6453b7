import '../../../styles/signals.css';
import { Button, Heading1, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobFailure } from '../../../../domain/jobs/views';
import { getJobFailures, resolveJobFailure } from '../../../api/signals-api';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormAlert } from '../../../components/form-alert';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { RequireLogin } from '../../../components/require-login';
import { StackTableHead, stackTableLabels } from '../../../components/stack-table';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useFocusOnChange } from '../../../hooks/use-focus-on-change';
import { formErrorsFrom } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format-date-time';

type Pending = { failure: JobFailure; how: 'retry' | 'dismiss' } | null;

/**
 * The beheerder's dead-letter view (docs/decisions/0010-job-runner.md): background work of the
 * municipality that failed after every retry — for now reminders to partners whose e-mail did not
 * go out — with what it was about and why, to try again or set aside.
 */
export function JobsPage() {
  const { t } = useTranslation('signals');
  useDocumentTitle(t('jobs.title'));
  return (
    <RequireLogin role="beheerder">
      {() => (
        <div className="sr-container">
          <Heading1>{t('jobs.title')}</Heading1>
          <Paragraph lead>{t('jobs.intro')}</Paragraph>
          <JobFailures />
        </div>
      )}
    </RequireLogin>
  );
}

function JobFailures() {
  const { t, i18n } = useTranslation('signals');
  const queryClient = useQueryClient();
  const failures = useQuery({ queryKey: ['job-failures'], queryFn: getJobFailures });
  const [pending, setPending] = useState<Pending>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useFocusOnChange(doneRef, done);
  const resolve = useMutation({ mutationFn: (p: NonNullable<Pending>) => resolveJobFailure(p.failure.id, p.how) });

  if (failures.isPending) return <LoadingState />;
  if (failures.isError) return <QueryError error={failures.error} />;
  const label = t('jobs.tableLabel', { count: failures.data.length });
  const columns = [t('jobs.what'), t('jobs.failedAt'), t('jobs.why'), t('jobs.actions')];
  const cellLabel = stackTableLabels(columns);
  const what = (f: JobFailure) => t(`jobs.queue.${f.queue}`, { defaultValue: f.queue, kind: f.kind ? t(`jobs.kind.${f.kind}`) : '', reference: f.reference ?? '—', partner: f.partnerName ?? '—' });

  return (
    <>
      <FormAlert ref={doneRef} type="ok" message={done} />
      {failures.data.length === 0 ? (
        <Paragraph>{t('jobs.none')}</Paragraph>
      ) : (
        <Table role="table" className="sr-stack-table">
          <TableCaption className="sr-stack-table__caption">{label}</TableCaption>
          <StackTableHead columns={columns} />
          <TableBody role="rowgroup">
            {failures.data.map((f) => (
              <TableRow key={f.id} role="row">
                <TableHeaderCell role="rowheader" scope="row" className="sr-stack-table__title">
                  {cellLabel(0)}
                  {what(f)}
                </TableHeaderCell>
                <TableCell role="cell">
                  {cellLabel(1)}
                  {formatDateTime(f.failedAt, i18n.language)}
                </TableCell>
                <TableCell role="cell">
                  {cellLabel(2)}
                  {t(`jobs.error.${f.error.split(':')[1] ?? 'other'}`, { defaultValue: t('jobs.error.other') })} {t('jobs.attempts', { count: f.attempts })}
                  <br />
                  <code className="sr-code-small">{f.error}</code>
                </TableCell>
                <TableCell role="cell" className="sr-stack-table__action">
                  <div className="sr-actions">
                    <Button type="button" appearance="secondary-action-button" onClick={() => setPending({ failure: f, how: 'retry' })}>
                      {t('jobs.retry')}
                    </Button>
                    <Button type="button" appearance="subtle-button" onClick={() => setPending({ failure: f, how: 'dismiss' })}>
                      {t('jobs.dismiss')}
                    </Button>
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={pending ? t(pending.how === 'retry' ? 'jobs.retryTitle' : 'jobs.dismissTitle') : ''}
        confirmLabel={pending ? t(pending.how === 'retry' ? 'jobs.retry' : 'jobs.dismiss') : ''}
        busy={resolve.isPending}
        error={resolve.isError ? formErrorsFrom(resolve.error, t).form : null}
        onCancel={() => {
          resolve.reset();
          setPending(null);
        }}
        onConfirm={() =>
          pending &&
          resolve.mutate(pending, {
            onSuccess: () => {
              setDone(t(pending.how === 'retry' ? 'jobs.retried' : 'jobs.dismissed', { what: what(pending.failure) }));
              setPending(null);
              void queryClient.invalidateQueries({ queryKey: ['job-failures'] });
            },
          })
        }
      >
        {pending && <Paragraph>{t(pending.how === 'retry' ? 'jobs.retryBody' : 'jobs.dismissBody', { what: what(pending.failure) })}</Paragraph>}
      </ConfirmDialog>
    </>
  );
}
