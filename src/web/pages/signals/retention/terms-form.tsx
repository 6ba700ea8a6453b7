import { Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionTerms, RetentionTermsView } from '../../../../domain/retention';
import { RETENTION_BOUNDS, type RetentionTermName } from '../../../../domain/retention/terms';
import { saveRetentionTerms } from '../../../api/signals-api';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormAlert } from '../../../components/form-alert';
import { SubmitButton } from '../../../components/form/submit-button';
import { TextField } from '../../../components/form/text-field';
import { formatMoment } from '../../../components/signals/format-moment';
import { useFocusOnChange } from '../../../hooks/use-focus-on-change';
import { useSubmitForm } from '../../../hooks/use-submit-form';
import { checkTerms, type TermProblem, type TermsText } from './terms-check';

/** The terms in the order the page explains them, with the unit each is counted in. */
const TERMS: readonly { name: RetentionTermName; id: string; unit: 'months' | 'days' }[] = [
  { name: 'closedMonths', id: 'termijn-zonder-overdracht', unit: 'months' },
  { name: 'handedOverMonths', id: 'termijn-na-overdracht', unit: 'months' },
  { name: 'draftDays', id: 'termijn-concept', unit: 'days' },
  { name: 'userMonths', id: 'termijn-account', unit: 'months' },
  { name: 'registerMonths', id: 'termijn-register', unit: 'months' },
  { name: 'auditMonths', id: 'termijn-audittrail', unit: 'months' },
];

/**
 * The beheerder sets the municipality's retention terms within their bounds, checked in the
 * browser by the domain's rules, and confirms first: a shorter term can delete signals at the
 * next daily run (docs/decisions/0017-retention.md).
 */
export function TermsForm({ view }: { view: RetentionTermsView }) {
  const { t, i18n } = useTranslation('signals');
  const queryClient = useQueryClient();
  const [text, setText] = useState<TermsText>(() => Object.fromEntries(TERMS.map(({ name }) => [name, String(view[name])])) as TermsText);
  const [toSave, setToSave] = useState<RetentionTerms | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  useFocusOnChange(savedRef, savedAt);
  const { errors, clearErrors, formRef, alertRef, pending, send } = useSubmitForm(() => saveRetentionTerms(toSave!));

  const problemText = (name: RetentionTermName, problem: TermProblem, unit: 'months' | 'days') =>
    problem === 'shorter' ? t(name === 'auditMonths' ? 'retention.auditShorter' : 'retention.handedOverShorter') : t(unit === 'months' ? 'retention.monthsInvalid' : 'retention.daysInvalid', RETENTION_BOUNDS[name]);
  const onSaved = (saved: RetentionTermsView) => {
    queryClient.setQueryData(['retention-terms'], saved);
    void queryClient.invalidateQueries({ queryKey: ['retention-preview'] });
    setSavedAt(saved.setAt);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSavedAt(null);
    const checked = checkTerms(text);
    if (checked.terms) {
      clearErrors();
      setToSave(checked.terms);
      setConfirming(true);
      return;
    }
    const fields: Record<string, string> = {};
    for (const { name, unit } of TERMS) {
      const problem = checked.problems[name];
      if (problem) fields[name] = problemText(name, problem, unit);
    }
    send(fields, onSaved);
  };

  return (
    <>
      <form ref={formRef} onSubmit={submit} noValidate className="sr-form">
        <Paragraph>{view.setAt ? t('retention.setAt', { at: formatMoment(view.setAt, i18n.language) }) : t('retention.defaults')}</Paragraph>
        <FormAlert ref={alertRef} message={errors.form} />
        <FormAlert ref={savedRef} type="ok" message={savedAt ? t('retention.saved') : null} />
        {TERMS.map(({ name, id }) => (
          <TextField
            key={name}
            id={id}
            label={t(`retention.${name}`)}
            description={t(`retention.${name}Help`, RETENTION_BOUNDS[name])}
            inputMode="numeric"
            value={text[name]}
            onValueChange={(value) => setText((was) => ({ ...was, [name]: value }))}
            error={errors.fields[name]}
            className="sr-field sr-field--short"
          />
        ))}
        <div className="sr-actions">
          <SubmitButton pending={pending}>{t('retention.save')}</SubmitButton>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('retention.confirmTitle')}
        confirmLabel={t('retention.confirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          send({}, onSaved);
        }}
      >
        {t('retention.confirmText')}
      </ConfirmDialog>
    </>
  );
}
