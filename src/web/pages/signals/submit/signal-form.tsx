import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNAL_LIMITS } from '../../../../domain/signal/schema';
import { ApiError } from '../../../api/client';
import { deleteDraft, saveDraft, saveDraftOnLeave, submitSignal } from '../../../api/signals-api';
import type { CreatedSignal } from '../../../api/signal-types';
import type { KnowledgeView, SessionUser } from '../../../api/types';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmergencyBanner } from '../../../components/emergency-banner';
import { FormAlert } from '../../../components/form-alert';
import { ErrorSummary, type SummaryError } from '../../../components/signals/error-summary';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { CircumstancesSection } from './circumstances-section';
import { DraftStatus, type DraftSaveState } from './draft-status';
import { fieldId } from './field-id';
import { emptyForm, hasContent, toSubmission, type SignalFormState } from './form-state';
import { PersonsSection } from './persons-section';
import { PlacesSection } from './places-section';
import { ReporterSection } from './reporter-section';
import { SubmitSuccess } from './submit-success';
import { serverFieldErrors, validateSubmission, type FieldErrors } from './validate';
import { WhatSeenSection } from './what-seen-section';

interface Props {
  user: SessionUser;
  knowledge: KnowledgeView;
  /** The draft read from the server, or a fresh form. */
  initial: SignalFormState;
  /** When the restored draft was saved; null for a fresh form. */
  restoredAt: string | null;
}

/** Wait this long after the last keystroke before saving the draft. */
const SAVE_DELAY_MS = 1000;

export function SignalForm({ user, knowledge, initial, restoredAt }: Props) {
  const { t, i18n } = useTranslation('signals');
  const queryClient = useQueryClient();
  useDocumentTitle(t('submit.title'));
  const [state, setState] = useState<SignalFormState>(initial);
  const [restored, setRestored] = useState(restoredAt);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [draftStatus, setDraftStatus] = useState<DraftSaveState>({ kind: 'idle' });
  const [submitting, setSubmitting] = useState(false);
  const [created, setCreated] = useState<CreatedSignal | null>(null);
  const [confirmRestart, setConfirmRestart] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);

  // The draft: saved a moment after typing stops, and at once when the page is left.
  const latest = useRef(state);
  const dirty = useRef(false);
  const closed = useRef(false);
  const saving = useRef<Promise<void> | null>(null);
  const inFlight = useRef(false);

  const signalsOfForm = useCallback((form: string) => knowledge.forms.find((f) => f.id === form)?.signals.map((s) => s.id) ?? [], [knowledge]);

  const saveNow = useCallback(async () => {
    // Not while the signal is being sent: a draft saved after the server took the signal would
    // come back on the next visit, with a key that is already used.
    if (closed.current || inFlight.current || !dirty.current) return;
    dirty.current = false;
    setDraftStatus({ kind: 'saving' });
    const run = saveDraft(latest.current as unknown as Record<string, unknown>).then(
      () => setDraftStatus({ kind: 'saved', at: new Date() }),
      () => {
        dirty.current = true;
        setDraftStatus({ kind: 'failed' });
      },
    );
    saving.current = run;
    await run;
    if (saving.current === run) saving.current = null;
  }, []);

  useEffect(() => {
    if (!dirty.current) return;
    const timer = window.setTimeout(() => void saveNow(), SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state, saveNow]);

  useEffect(() => {
    const leave = () => {
      if (closed.current || !dirty.current) return;
      dirty.current = false;
      saveDraftOnLeave(latest.current as unknown as Record<string, unknown>);
    };
    const onVisibility = () => document.visibilityState === 'hidden' && leave();
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the page inside the app (a menu link) also keeps what was typed.
      leave();
    };
  }, []);

  useEffect(() => {
    if (focusSummary === 0) return;
    summaryRef.current?.focus();
  }, [focusSummary]);

  const ownMessages = {
    required: (path: string): string | null => {
      const field = path.split('.').pop() ?? path;
      if (path === 'acuteDanger') return t('errors.acuteDanger');
      if (path === 'personAware') return t('errors.personAware');
      if (field === 'role') return t('errors.personRole');
      if (field === 'houseNumber') return t('errors.houseNumber');
      if (field === 'estimatedAge') return t('errors.estimatedAge');
      return null;
    },
  };

  const validate = (next: SignalFormState) => validateSubmission(toSubmission(next, signalsOfForm), ownMessages);

  const update = (change: Partial<SignalFormState>) => {
    dirty.current = true;
    const next = { ...latest.current, ...change };
    latest.current = next;
    setState(next);
    // After a failed submit, a message disappears as soon as its field is right; new messages
    // wait for the next submit, so the form does not scold while the user is still typing.
    if (Object.keys(errors).length > 0) {
      const now = validate(next);
      const still: FieldErrors = {};
      for (const key of Object.keys(errors)) if (now[key]) still[key] = now[key];
      setErrors(still);
      setSummary((items) => items.filter((item) => Object.keys(still).some((key) => fieldId(key) === item.fieldId)));
    }
  };

  const labelFor = (path: string): string => {
    const [head, index, field] = path.split('.');
    if (head === 'persons' && field) return `${t('submit.personLegend', { number: Number(index) + 1 })}, ${t(`fieldLabel.person.${field}`, { defaultValue: field })}`;
    if (head === 'organisations' && field) return `${t('submit.organisationLegend', { number: Number(index) + 1 })}, ${t(`fieldLabel.organisation.${field}`, { defaultValue: field })}`;
    if (head === 'addresses' && field) return `${t('submit.addressLegend', { number: Number(index) + 1 })}, ${t(`fieldLabel.address.${field}`, { defaultValue: field })}`;
    return t(`fieldLabel.${head}`, { defaultValue: head ?? path });
  };

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    const items = Object.entries(found).map(([path, message]) => ({ fieldId: fieldId(path), label: labelFor(path), message }));
    // In the order of the form, as the user reads it.
    const position = (id: string) => document.getElementById(id);
    items.sort((a, b) => {
      const ea = position(a.fieldId);
      const eb = position(b.fieldId);
      if (!ea || !eb) return ea ? -1 : eb ? 1 : 0;
      return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    setSummary(items);
    setFocusSummary((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A second click while the first is on its way does nothing; should it get through anyway,
    // the idempotency key makes the server return the same signal.
    if (inFlight.current) return;
    setFormError(null);
    const found = validate(state);
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return;
    }
    setErrors({});
    setSummary([]);
    inFlight.current = true;
    setSubmitting(true);
    try {
      // A draft save still on its way must not arrive after the signal: it would bring the draft back.
      if (saving.current) await saving.current;
      const result = await submitSignal(toSubmission(state, signalsOfForm), state.idempotencyKey);
      closed.current = true;
      dirty.current = false;
      // The server drops the draft when it creates the signal; a retry that it answers with the
      // existing signal does not, and a draft saved in between would linger. Remove it for sure.
      await deleteDraft().catch(() => undefined);
      void queryClient.invalidateQueries({ queryKey: ['my-signals'] });
      setCreated(result);
    } catch (error) {
      if (error instanceof ApiError && error.id === 'validation') {
        // Only messages about fields on this form; anything else is said about the whole form below.
        const fromServer = Object.fromEntries(Object.entries(serverFieldErrors(error.details)).filter(([path]) => document.getElementById(fieldId(path))));
        if (Object.keys(fromServer).length > 0) {
          showErrors(fromServer);
          return;
        }
      }
      setFormError(
        error instanceof ApiError && error.status === 0
          ? t('errors.network')
          : error instanceof ApiError && error.message
            ? t('errors.notSentBecause', { message: error.message })
            : t('errors.notSent'),
      );
      requestAnimationFrame(() => alertRef.current?.focus());
    } finally {
      inFlight.current = false;
      setSubmitting(false);
      // Typing during a failed attempt is kept as a draft as usual.
      if (!closed.current && dirty.current) void saveNow();
    }
  };

  const restart = async () => {
    closed.current = true;
    if (saving.current) await saving.current.catch(() => undefined);
    await deleteDraft().catch(() => undefined);
    closed.current = false;
    dirty.current = false;
    latest.current = emptyForm();
    setState(latest.current);
    setErrors({});
    setSummary([]);
    setRestored(null);
    setConfirmRestart(false);
    setDraftStatus({ kind: 'idle' });
    requestAnimationFrame(() => document.getElementById(fieldId('forms'))?.focus());
  };

  if (created) {
    return (
      <SubmitSuccess
        created={created}
        onAnother={() => {
          closed.current = false;
          latest.current = emptyForm();
          setState(latest.current);
          setRestored(null);
          setDraftStatus({ kind: 'idle' });
          setCreated(null);
        }}
      />
    );
  }

  const timeFormat = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

  return (
    <div className="sr-container sr-signal-form">
      <EmergencyBanner />
      <Heading1>{t('submit.title')}</Heading1>
      <Paragraph lead>{t('submit.intro')}</Paragraph>
      <Paragraph>{t('submit.introPrivacy')}</Paragraph>
      {restored && hasContent(state) && (
        <Alert type="info" className="sr-restored">
          <Paragraph>{t('draft.restored', { time: timeFormat.format(new Date(restored)) })}</Paragraph>
          <Button type="button" appearance="secondary-action-button" onClick={() => setConfirmRestart(true)}>
            {t('draft.restart')}
          </Button>
        </Alert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate className="sr-form" aria-describedby="formulier-verplicht">
        <ErrorSummary ref={summaryRef} errors={summary} />
        <FormAlert ref={alertRef} message={formError} />
        <Paragraph id="formulier-verplicht" className="sr-form__note">
          {t('submit.requiredNote')}
        </Paragraph>
        <WhatSeenSection state={state} errors={errors} knowledge={knowledge} update={update} />
        <PersonsSection persons={state.persons} errors={errors} onChange={(persons) => update({ persons })} max={SIGNAL_LIMITS.listItems} />
        <PlacesSection
          organisations={state.organisations}
          addresses={state.addresses}
          errors={errors}
          onOrganisations={(organisations) => update({ organisations })}
          onAddresses={(addresses) => update({ addresses })}
          max={SIGNAL_LIMITS.listItems}
        />
        <CircumstancesSection state={state} errors={errors} knowledge={knowledge} update={update} />
        <ReporterSection user={user} state={state} errors={errors} update={update} />
        <div className="sr-actions sr-form__submit">
          <Button type="submit" appearance="primary-action-button" busy={submitting} aria-disabled={submitting || undefined}>
            {submitting ? t('submit.sending') : t('submit.send')}
          </Button>
        </div>
        <DraftStatus status={draftStatus} />
      </form>
      <ConfirmDialog
        open={confirmRestart}
        title={t('draft.restartTitle')}
        confirmLabel={t('draft.restartConfirm')}
        onConfirm={() => void restart()}
        onCancel={() => setConfirmRestart(false)}
      >
        {t('draft.restartText')}
      </ConfirmDialog>
    </div>
  );
}
