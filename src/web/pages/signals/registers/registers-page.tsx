import '../../../styles/signals.css';
import { Heading1, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterImport } from '../../../../domain/registers/views';
import { UPLOAD_MAX_BYTES } from '../../../../domain/registers/views';
import { listRegisterImports, uploadPersonsExport } from '../../../api/signals-api';
import { FormAlert } from '../../../components/form-alert';
import { Field } from '../../../components/form/field';
import { SubmitButton } from '../../../components/form/submit-button';
import { TextField } from '../../../components/form/text-field';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { RequireLogin } from '../../../components/require-login';
import { StackTableHead, stackTableLabels } from '../../../components/stack-table';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useFocusOnChange } from '../../../hooks/use-focus-on-change';
import { useSubmitForm } from '../../../hooks/use-submit-form';
import { formatDateTime } from '../../../lib/format-date-time';

const COLUMNS = 'bronId,voornamen,voorvoegsel,geslachtsnaam,geboortedatum,straatnaam,huisnummer,huisletter,huisnummertoevoeging,postcode,woonplaats,omschrijving';
const busy = (i: RegisterImport) => i.status === 'queued' || i.status === 'running';

/**
 * The beheerder imports the municipality's own records of persons (issue 8), so the AF can see
 * whether someone in a signal is already known. The import runs in the background: this page
 * follows it with a progress bar and shows, when it is refused, every wrong row.
 */
export function RegistersPage() {
  const { t } = useTranslation('signals');
  useDocumentTitle(t('registers.title'));
  return (
    <RequireLogin role="beheerder">
      {() => (
        <div className="sr-container">
          <Heading1>{t('registers.title')}</Heading1>
          <Paragraph lead>{t('registers.intro')}</Paragraph>
          <Registers />
        </div>
      )}
    </RequireLogin>
  );
}

function Registers() {
  const { t } = useTranslation('signals');
  const queryClient = useQueryClient();
  const [watching, setWatching] = useState<string | null>(null);
  const imports = useQuery({
    queryKey: ['register-imports'],
    queryFn: listRegisterImports,
    // While an import runs, its progress is asked for every second.
    refetchInterval: (query) => (query.state.data?.some(busy) ? 1000 : false),
  });
  const current = imports.data?.find((i) => i.id === watching) ?? null;
  return (
    <>
      <UploadForm
        onQueued={(id) => {
          setWatching(id);
          void queryClient.invalidateQueries({ queryKey: ['register-imports'] });
        }}
      />
      {current && <ImportProgress item={current} />}
      <Heading2>{t('registers.historyHeading')}</Heading2>
      {imports.isPending ? <LoadingState /> : imports.isError ? <QueryError error={imports.error} /> : <ImportTable items={imports.data} />}
    </>
  );
}

function UploadForm({ onQueued }: { onQueued: (id: string) => void }) {
  const { t } = useTranslation('signals');
  const [source, setSource] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { errors, formRef, alertRef, pending, send } = useSubmitForm(() => uploadPersonsExport(source.trim(), file!), { 'empty-upload': 'file' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!source.trim()) fields.source = t('registers.sourceRequired');
    if (!file) fields.file = t('registers.fileRequired');
    else if (file.size > UPLOAD_MAX_BYTES) fields.file = t('registers.fileTooLarge', { mb: UPLOAD_MAX_BYTES / 1024 / 1024 });
    send(fields, (queued) => {
      onQueued(queued.id);
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
    });
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="sr-form sr-narrow">
      <Heading2>{t('registers.uploadHeading')}</Heading2>
      <FormAlert ref={alertRef} message={errors.form} />
      <TextField id="register-bron" label={t('registers.source')} description={t('registers.sourceHelp')} value={source} onValueChange={setSource} error={errors.fields.source} maxLength={100} />
      <Field id="register-bestand" label={t('registers.file')} description={t('registers.fileHelp', { columns: COLUMNS })} error={errors.fields.file}>
        {({ invalid: _invalid, ...control }) => (
          <input
            {...control}
            ref={fileInput}
            type="file"
            accept=".csv,text/csv"
            className="utrecht-textbox sr-file-input"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <div className="sr-actions">
        <SubmitButton pending={pending}>{t('registers.upload')}</SubmitButton>
      </div>
    </form>
  );
}

/** The import just uploaded: a progress bar while it runs, then its outcome, announced and focused. */
function ImportProgress({ item }: { item: RegisterImport }) {
  const { t } = useTranslation('signals');
  const outcomeRef = useRef<HTMLDivElement>(null);
  useFocusOnChange(outcomeRef, busy(item) ? null : item.status);
  const percent = item.bytesTotal ? Math.min(100, Math.round((100 * item.bytesRead) / item.bytesTotal)) : 0;
  if (busy(item)) {
    return (
      <div className="sr-import-progress" role="status">
        <label htmlFor="import-voortgang">{t(item.status === 'queued' ? 'registers.queued' : 'registers.running', { percent, rows: item.rows })}</label>
        <progress id="import-voortgang" max={100} value={percent}>
          {percent}%
        </progress>
      </div>
    );
  }
  return (
    <div ref={outcomeRef} tabIndex={-1} className="sr-import-outcome">
      {item.status === 'complete' ? (
        <FormAlert type="ok" message={t('registers.complete', { count: item.rows, source: item.source })} />
      ) : (
        <>
          <FormAlert message={t('registers.refused', { count: item.badRows, source: item.source })} />
          {item.problems?.fileError && <Paragraph>{item.problems.fileError}</Paragraph>}
          {item.problems && item.problems.badRows.length > 0 && (
            <UnorderedList className="sr-bad-rows">
              {item.problems.badRows.map((b) => (
                <UnorderedListItem key={b.line}>{t('registers.badRow', { line: b.line, reason: b.reason })}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          {item.badRows > (item.problems?.badRows.length ?? 0) && <Paragraph>{t('registers.moreBadRows', { count: item.badRows - (item.problems?.badRows.length ?? 0) })}</Paragraph>}
        </>
      )}
    </div>
  );
}

function ImportTable({ items }: { items: RegisterImport[] }) {
  const { t, i18n } = useTranslation('signals');
  if (items.length === 0) return <Paragraph>{t('registers.none')}</Paragraph>;
  const columns = [t('registers.colSource'), t('registers.colStarted'), t('registers.colStatus'), t('registers.colRows')];
  const label = stackTableLabels(columns);
  return (
    <Table role="table" className="sr-stack-table">
      <TableCaption className="sr-stack-table__caption">{t('registers.tableCaption', { count: items.length })}</TableCaption>
      <StackTableHead columns={columns} />
      <TableBody role="rowgroup">
        {items.map((i) => (
          <TableRow key={i.id} role="row">
            <TableHeaderCell role="rowheader" scope="row" className="sr-stack-table__title">
              {label(0)}
              {i.source}
            </TableHeaderCell>
            <TableCell role="cell">
              {label(1)}
              {formatDateTime(i.startedAt, i18n.language)}
            </TableCell>
            <TableCell role="cell">
              {label(2)}
              {t(`registers.status.${i.status}`)}
            </TableCell>
            <TableCell role="cell">
              {label(3)}
              {i.status === 'failed' ? t('registers.badRowsCount', { count: i.badRows }) : i.rows}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
