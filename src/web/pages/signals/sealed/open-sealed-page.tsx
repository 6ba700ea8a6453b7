import '../../../styles/signals.css';
import { DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SealedAuditRecord } from '../../../../domain/audit/views';
import { UNSEAL_REASON } from '../../../../domain/audit/views';
import { openSealedAuditRecord } from '../../../api/signals-api';
import { FormAlert } from '../../../components/form-alert';
import { SubmitButton } from '../../../components/form/submit-button';
import { TextField } from '../../../components/form/text-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { RequireLogin } from '../../../components/require-login';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useFocusOnChange } from '../../../hooks/use-focus-on-change';
import { useSubmitForm } from '../../../hooks/use-submit-form';
import { formatDateTime } from '../../../lib/format-date-time';

const REFERENCE = /^AR-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/**
 * The AF opens a shielded audit record (docs/decisions/0011): what a reporter did shows in the
 * auditor's trail without who did it. Asked by the auditor, the AF opens it here with the
 * reference and a reason; the opening and the reason are recorded in the audit trail.
 */
export function OpenSealedPage() {
  const { t } = useTranslation('signals');
  useDocumentTitle(t('sealed.title'));
  return <RequireLogin role="aandachtsfunctionaris">{() => <OpenSealedForm />}</RequireLogin>;
}

function OpenSealedForm() {
  const { t, i18n } = useTranslation('signals');
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const [record, setRecord] = useState<SealedAuditRecord | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const resultId = useId();
  useFocusOnChange(resultRef, record);
  const { errors, formRef, alertRef, pending, send } = useSubmitForm(() => openSealedAuditRecord(reference.trim(), reason.trim()), {
    'sealed-record-not-found': 'reference',
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!REFERENCE.test(reference.trim().toUpperCase())) fields.reference = t('sealed.referenceInvalid');
    if (reason.trim().length < UNSEAL_REASON.min) fields.reason = t('sealed.reasonTooShort', UNSEAL_REASON);
    send(fields, setRecord);
  };

  return (
    <div className="sr-container sr-narrow">
      <Heading1>{t('sealed.title')}</Heading1>
      <Paragraph lead>{t('sealed.intro')}</Paragraph>
      <form ref={formRef} onSubmit={submit} noValidate className="sr-form">
        <FormAlert ref={alertRef} message={errors.form} />
        <TextField
          id="afgeschermd-kenmerk"
          label={t('sealed.reference')}
          description={t('sealed.referenceHelp')}
          value={reference}
          onValueChange={setReference}
          error={errors.fields.reference}
          autoComplete="off"
          spellCheck={false}
          className="sr-field sr-field--short"
        />
        <TextareaField
          id="afgeschermd-reden"
          label={t('sealed.reason')}
          description={t('sealed.reasonHelp', UNSEAL_REASON)}
          value={reason}
          onValueChange={setReason}
          error={errors.fields.reason}
          rows={3}
          maxLength={UNSEAL_REASON.max}
        />
        <div className="sr-actions">
          <SubmitButton pending={pending}>{t('sealed.submit')}</SubmitButton>
        </div>
      </form>
      {record && (
        <section aria-labelledby={resultId} className="sr-section">
          <Heading2 id={resultId} ref={resultRef} tabIndex={-1} className="sr-focus-heading">
            {t('sealed.result', { reference: record.reference })}
          </Heading2>
          <DataList className="sr-facts">
            {[
              [t('sealed.action'), t(`translation:auditActions.${record.action.replaceAll('.', '_')}`, { defaultValue: record.action })],
              [t('sealed.who'), record.actorName ? `${record.actorName} (${record.actorEmail ?? ''})` : t('sealed.unknownUser')],
              [t('sealed.when'), formatDateTime(record.at, i18n.language)],
              [t('sealed.origin'), record.origin ?? '—'],
              [t('sealed.object'), record.objectId ?? '—'],
            ].map(([key, value]) => (
              <DataListItem key={key}>
                <DataListKey>{key}</DataListKey>
                <DataListValue>{value}</DataListValue>
              </DataListItem>
            ))}
          </DataList>
          <Paragraph>{t('sealed.recorded')}</Paragraph>
        </section>
      )}
    </div>
  );
}
