import { Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AfContact, AfContactView } from '../../../../domain/af-contact/schema';
import { AF_CONTACT_LIMITS } from '../../../../domain/af-contact/schema';
import { AF_CONTACT_KEY, saveAfContact } from '../../../api/af-contact-api';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormAlert } from '../../../components/form-alert';
import { SubmitButton } from '../../../components/form/submit-button';
import { TextField } from '../../../components/form/text-field';
import { formatMoment } from '../../../components/signals/format-moment';
import { useFocusOnChange } from '../../../hooks/use-focus-on-change';
import { useSubmitForm } from '../../../hooks/use-submit-form';
import { AF_FIELDS, checkAfContact, type AfContactText, type AfField } from './af-contact-check';

const FIELD_IDS: Record<AfField, string> = { name: 'af-naam', phone: 'af-telefoon', email: 'af-email', hours: 'af-bereikbaar' };
const INPUTS: Record<AfField, { type?: string; inputMode?: 'tel' | 'email'; short?: boolean }> = {
  name: {},
  phone: { type: 'tel', inputMode: 'tel', short: true },
  email: { type: 'email', inputMode: 'email' },
  hours: {},
};

/**
 * The beheerder sets who the municipality's aandachtsfunctionaris is, checked in the browser by
 * the server's own schema, and confirms first: every employee sees it and it goes on the route card.
 */
export function AfContactForm({ view }: { view: AfContactView }) {
  const { t, i18n } = useTranslation('signals');
  const queryClient = useQueryClient();
  const [text, setText] = useState<AfContactText>(() => ({
    name: view.contact?.name ?? '',
    phone: view.contact?.phone ?? '',
    email: view.contact?.email ?? '',
    hours: view.contact?.hours ?? '',
  }));
  const [toSave, setToSave] = useState<AfContact | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  useFocusOnChange(savedRef, savedAt);
  const { errors, clearErrors, formRef, alertRef, pending, send } = useSubmitForm(() => saveAfContact(toSave!));

  const onSaved = (saved: AfContactView) => {
    queryClient.setQueryData(AF_CONTACT_KEY, saved);
    setSavedAt(saved.setAt);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSavedAt(null);
    const checked = checkAfContact(text);
    if (checked.contact) {
      clearErrors();
      setToSave(checked.contact);
      setConfirming(true);
      return;
    }
    const fields: Record<string, string> = {};
    for (const [field, problem] of Object.entries(checked.problems)) fields[field] = t(`afContact.problems.${field}.${problem}`, AF_CONTACT_LIMITS);
    send(fields, onSaved);
  };

  return (
    <>
      <form ref={formRef} onSubmit={submit} noValidate className="sr-form">
        <Paragraph>{view.setAt ? t('afContact.setAt', { at: formatMoment(view.setAt, i18n.language) }) : t('afContact.notSet')}</Paragraph>
        <FormAlert ref={alertRef} message={errors.form} />
        <FormAlert ref={savedRef} type="ok" message={savedAt ? t('afContact.saved') : null} />
        {AF_FIELDS.map((field) => (
          <TextField
            key={field}
            id={FIELD_IDS[field]}
            name={field}
            label={t(`afContact.${field}`)}
            description={t(`afContact.${field}Help`)}
            type={INPUTS[field].type}
            inputMode={INPUTS[field].inputMode}
            autoComplete="off"
            value={text[field]}
            onValueChange={(value) => setText((was) => ({ ...was, [field]: value }))}
            error={errors.fields[field]}
            className={INPUTS[field].short ? 'sr-field sr-field--short' : 'sr-field'}
          />
        ))}
        <div className="sr-actions">
          <SubmitButton pending={pending}>{t('afContact.save')}</SubmitButton>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('afContact.confirmTitle')}
        confirmLabel={t('afContact.confirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          send({}, onSaved);
        }}
      >
        {toSave ? t('afContact.confirmText', { name: toSave.name, phone: toSave.phone }) : ''}
      </ConfirmDialog>
    </>
  );
}
