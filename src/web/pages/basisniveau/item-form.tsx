import { Button } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkItem, EVIDENCE_MAX, STATUSES, type ItemInput, type ItemText } from '../../../domain/basisniveau/status';
import type { ChecklistItemView, ChecklistView } from '../../../domain/basisniveau/views';
import { dutchDate } from '../../../domain/time/dutch-calendar';
import { CHECKLIST_KEY, saveChecklistItem } from '../../api/basisniveau-api';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormAlert } from '../../components/form-alert';
import { SelectField } from '../../components/form/select-field';
import { TextareaField } from '../../components/form/textarea-field';
import { TextField } from '../../components/form/text-field';
import { useFocusOnChange } from '../../hooks/use-focus-on-change';
import { useSubmitForm } from '../../hooks/use-submit-form';

/**
 * The beheerder confirms one point: checked in the browser by the rules the server applies, then
 * confirmed in a dialog before it is saved, because the AF and the regiobeheerder see it.
 */
export function ItemForm({ item }: { item: ChecklistItemView }) {
  const { t, i18n } = useTranslation('basisniveau');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const queryClient = useQueryClient();
  const [text, setText] = useState<ItemText>(() => ({ status: item.status, since: item.since ?? '', evidence: item.evidence ?? '' }));
  const [toSave, setToSave] = useState<ItemInput | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  useFocusOnChange(savedRef, savedAt);
  const { errors, clearErrors, formRef, alertRef, pending, send } = useSubmitForm(() => saveChecklistItem(item.id, toSave!, lang));
  const ids = { status: `${item.id}-status`, since: `${item.id}-sinds`, evidence: `${item.id}-toelichting` };

  const onSaved = (saved: ChecklistView) => {
    queryClient.setQueryData([...CHECKLIST_KEY, lang], saved);
    setSavedAt(saved.items.find((i) => i.id === item.id)?.confirmedAt ?? new Date().toISOString());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSavedAt(null);
    const afRecorded = item.derived?.kind === 'af-contact' && item.derived.recorded;
    const checked = checkItem(text, { today: dutchDate(new Date()), derived: item.derivedKind ?? undefined, afRecorded });
    if (checked.input) {
      clearErrors();
      setToSave(checked.input);
      setConfirming(true);
      return;
    }
    const fields: Record<string, string> = {};
    for (const [field, problem] of Object.entries(checked.problems)) fields[field] = t(`problems.${field}.${problem}`, { max: EVIDENCE_MAX });
    send(fields, onSaved);
  };

  return (
    <>
      <form ref={formRef} onSubmit={submit} noValidate className="sr-form sr-basisniveau-form">
        <FormAlert ref={alertRef} message={errors.form} />
        <FormAlert ref={savedRef} type="ok" message={savedAt ? t('form.saved', { title: item.title }) : null} />
        <SelectField id={ids.status} name="status" label={t('form.status')} value={text.status} onValueChange={(status) => setText((was) => ({ ...was, status }))} error={errors.fields.status} className="sr-field sr-field--short">
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={ids.since}
          name="since"
          label={t('form.since')}
          description={t('form.sinceHelp')}
          inputMode="numeric"
          autoComplete="off"
          value={text.since}
          onValueChange={(since) => setText((was) => ({ ...was, since }))}
          error={errors.fields.since}
          className="sr-field sr-field--short"
        />
        <TextareaField
          id={ids.evidence}
          name="evidence"
          label={t('form.evidence')}
          description={t('form.evidenceHelp', { max: EVIDENCE_MAX })}
          rows={3}
          maxLength={EVIDENCE_MAX + 100}
          value={text.evidence}
          onValueChange={(evidence) => setText((was) => ({ ...was, evidence }))}
          error={errors.fields.evidence}
        />
        <div className="sr-actions">
          <Button type="submit" appearance="primary-action-button" busy={pending} disabled={pending}>
            {t('form.save')}
            <span className="sr-visually-hidden">: {item.title}</span>
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('form.confirmTitle')}
        confirmLabel={t('form.confirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          send({}, onSaved);
        }}
      >
        {toSave ? t('form.confirmText', { title: item.title, status: t(`status.${toSave.status}`).toLowerCase() }) : ''}
      </ConfirmDialog>
    </>
  );
}
