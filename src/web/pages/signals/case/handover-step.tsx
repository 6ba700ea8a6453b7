import { Alert, Button, Heading3, Paragraph, Strong } from '@utrecht/component-library-react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { walk } from '../../../../domain/routemap/walk';
import { FEEDBACK_DAYS_RANGE, HANDOVER_PARTS, parseFeedbackDays } from '../../../../domain/signal/handover';
import { handoverPartners } from '../../../../domain/signal/handover-recipients';
import { ApiError } from '../../../api/client';
import { useMunicipalities, usePartners } from '../../../api/queries';
import { previewHandover, sendHandover } from '../../../api/signals-api';
import type { HandoverChannel, HandoverContent, HandoverPart, SentHandover, SignalCase } from '../../../api/signal-types';
import type { SessionUser } from '../../../api/types';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormAlert } from '../../../components/form-alert';
import { LoadingState } from '../../../components/loading-state';
import { CheckboxGroup, RadioGroup } from '../../../components/form/choice-group';
import { SelectField } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import { useOptionalRouteMap } from '../../../components/signals/use-optional-route-map';
import { useEmailContext, useEmailEnabled } from '../../../hooks/use-email';
import type { CaseChange } from './case-view';
import { HandoverPreview } from './handover-preview';
import { HandoverSent } from './handover-sent';

/** Parts ticked at first: what a partner needs to judge a signal, without persons' details. */
const DEFAULT_PARTS: HandoverPart[] = ['forms', 'description', 'when-where', 'sector', 'acute-danger'];

/**
 * Step 5 of seed 004: hand the signal over to a partner and ask for feedback. The AF picks the
 * partner and contact, ticks the parts, sees the preview that is exactly what the partner gets,
 * chooses how it goes and sends after confirming. The reporter is never one of the parts.
 */
export function HandoverStep({ signal, user, onChanged }: { signal: SignalCase; user: SessionUser; onChanged: (change: CaseChange) => void }) {
  const { t } = useTranslation('signals');
  const partners = usePartners(user.region);
  // The handover names the contact in Dutch, whatever the UI language (the same list in a Dutch UI).
  const dutchPartners = usePartners(user.region, 'nl');
  const municipalities = useMunicipalities();
  const routeMap = useOptionalRouteMap(signal.route?.mapId);
  // Without an e-mail server a handover goes by phone or secure mail only: e-mail is not offered.
  const emailEnabled = useEmailEnabled();
  const email = useEmailContext();
  const subregion = municipalities.data?.find((m) => m.code === user.municipality)?.subregion ?? null;
  // Only partners this signal may go to: own region and subregion, national, never 112 (as the server checks).
  const offered = useMemo(
    () => (partners.data && user.region ? handoverPartners(partners.data, { region: user.region, subregion }) : []),
    [partners.data, user.region, subregion],
  );

  // The chosen route's contacts come first: that is where the route map says the signal goes.
  const routeContacts = useMemo(() => {
    if (!signal.route || !routeMap.data) return [];
    const result = walk(routeMap.data, signal.route.answers, { subregion });
    return result.status === 'outcome' ? result.outcome.contacts : [];
  }, [signal.route, routeMap.data, subregion]);

  const [partnerId, setPartnerId] = useState('');
  const [contactId, setContactId] = useState('');
  const [parts, setParts] = useState<HandoverPart[]>(DEFAULT_PARTS);
  const [channel, setChannel] = useState<HandoverChannel | ''>('');
  const [dueDays, setDueDays] = useState('');
  const [preview, setPreview] = useState<{ content: HandoverContent; key: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'send' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [sent, setSent] = useState<SentHandover | null>(null);
  const previewRef = useRef<HTMLElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const suggestedPartner = routeContacts.find((c) => offered.some((p) => p.id === c.partner && p.contacts.some((o) => o.id === c.id)));
  const effectivePartnerId = partnerId || suggestedPartner?.partner || '';
  const partner = offered.find((p) => p.id === effectivePartnerId) ?? null;
  const contacts = partner?.contacts ?? [];
  const effectiveContactId = contacts.some((c) => c.id === contactId) ? contactId : (contacts.find((c) => routeContacts.some((r) => r.id === c.id))?.id ?? contacts[0]?.id ?? '');
  const contact = contacts.find((c) => c.id === effectiveContactId) ?? null;
  const dutchContactName = dutchPartners.data?.find((p) => p.id === effectivePartnerId)?.contacts.find((c) => c.id === effectiveContactId)?.name ?? contact?.name ?? '';
  const selectionKey = `${effectivePartnerId}|${effectiveContactId}|${parts.join(',')}`;
  const previewCurrent = preview !== null && preview.key === selectionKey;

  if (!signal.canHandOver && !sent) return <Paragraph>{t('handover.notNow')}</Paragraph>;
  if (partners.isPending || municipalities.isPending) return <LoadingState />;

  const check = (forSend: boolean): Record<string, string> => {
    const found: Record<string, string> = {};
    if (!effectivePartnerId) found.partner = t('handover.partnerRequired');
    if (!effectiveContactId) found.contact = t('handover.contactRequired');
    if (parts.length === 0) found.parts = t('handover.partsRequired');
    if (forSend) {
      if (!channel) found.channel = t('handover.channelRequired');
      if (channel === 'email' && contact && !contact.email) found.channel = t('handover.noEmail');
      if (dueDays.trim() && parseFeedbackDays(dueDays) === null) found.dueDays = t('handover.dueDaysNumber', FEEDBACK_DAYS_RANGE);
    }
    return found;
  };

  const fail = (error: unknown) => {
    setFormError(error instanceof ApiError && error.message ? error.message : t('errors.actionFailed'));
    requestAnimationFrame(() => alertRef.current?.focus());
  };

  const showPreview = async () => {
    const found = check(false);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return focusFirstInvalid();
    setBusy('preview');
    try {
      const content = await previewHandover(signal.id, { partnerId: effectivePartnerId, contactId: effectiveContactId, parts });
      setPreview({ content, key: selectionKey });
      requestAnimationFrame(() => previewRef.current?.focus());
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const askSend = (event: FormEvent) => {
    event.preventDefault();
    const found = check(true);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return focusFirstInvalid();
    setConfirming(true);
  };

  const send = async () => {
    setBusy('send');
    try {
      const days = parseFeedbackDays(dueDays) ?? undefined;
      const result = await sendHandover(signal.id, { partnerId: effectivePartnerId, contactId: effectiveContactId, parts, channel: channel as HandoverChannel, ...(days ? { dueDays: days } : {}) });
      setConfirming(false);
      setSent(result);
      setPreview(null);
      onChanged({ message: t(result.handover.channel === 'email' ? 'handover.doneEmail' : 'handover.doneRecorded', { partner: result.handover.partnerName }) });
    } catch (error) {
      setConfirming(false);
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  if (sent) return <HandoverSent sent={sent} onAnother={() => setSent(null)} />;

  return (
    <form onSubmit={askSend} noValidate className="sr-form sr-handover-form" id="overdracht-formulier">
      <Paragraph>{t('handover.intro')}</Paragraph>
      <FormAlert ref={alertRef} message={formError} />
      {suggestedPartner && !partnerId && (
        <Paragraph className="sr-hint">{t('handover.fromRoute', { name: suggestedPartner.name })}</Paragraph>
      )}
      <div className="sr-field-row">
        <SelectField
          id="overdracht-partner"
          label={t('handover.partner')}
          value={effectivePartnerId}
          onValueChange={(value) => {
            setPartnerId(value);
            setContactId('');
          }}
          error={errors.partner}
          className="sr-field"
        >
          <option value="">{t('handover.choose')}</option>
          {offered.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="overdracht-contact" label={t('handover.contact')} value={effectiveContactId} onValueChange={setContactId} error={errors.contact} disabled={!partner} className="sr-field">
          {contacts.length === 0 && <option value="">{t('handover.choosePartnerFirst')}</option>}
          {contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {[c.name, c.email ?? c.phone].filter(Boolean).join(' – ')}
            </option>
          ))}
        </SelectField>
      </div>
      {contact?.unverified && (
        <Alert type="warning">
          <Paragraph>
            <Strong>{t('handover.unverified')}</Strong> {contact.unverified}
          </Paragraph>
        </Alert>
      )}
      <CheckboxGroup
        id="overdracht-onderdelen"
        name="onderdelen"
        legend={t('handover.parts')}
        description={t('handover.partsHelp')}
        options={HANDOVER_PARTS.map((part) => ({ value: part, label: t(`part.${part}`) }))}
        value={parts}
        onChange={setParts}
        error={errors.parts}
      />
      <Alert type="info" className="sr-never-reporter">
        <Paragraph>{t('handover.neverReporter')}</Paragraph>
      </Alert>
      <div className="sr-actions">
        <Button type="button" appearance="secondary-action-button" busy={busy === 'preview'} onClick={() => busy === null && void showPreview()}>
          {previewCurrent ? t('handover.previewAgain') : t('handover.preview')}
        </Button>
      </div>
      {preview && (
        <section ref={previewRef} tabIndex={-1} className="sr-form-alert sr-preview" aria-labelledby="voorbeeld-titel">
          <Heading3 id="voorbeeld-titel">{t('handover.previewHeading', { partner: partner?.name ?? '' })}</Heading3>
          {!previewCurrent && (
            <Alert type="warning">
              <Paragraph>{t('handover.previewStale')}</Paragraph>
            </Alert>
          )}
          <HandoverPreview content={preview.content} contactName={dutchContactName} dueDays={dueDays} />
        </section>
      )}
      {previewCurrent && (
        <>
          <RadioGroup
            id="overdracht-kanaal"
            name="kanaal"
            legend={t('handover.channel')}
            options={[
              ...(emailEnabled
                ? [{ value: 'email' as const, label: contact?.email ? t('handover.channelEmailTo', { email: contact.email }) : t('handover.channelEmailNone') }]
                : []),
              { value: 'phone' as const, label: t('channel.phone') },
              { value: 'secure-mail' as const, label: t('channel.secure-mail') },
            ]}
            value={channel}
            onChange={setChannel}
            description={t('handover.channelHelp', email)}
            error={errors.channel}
          />
          <TextField
            id="overdracht-termijn"
            label={t('handover.dueDays')}
            description={t('handover.dueDaysHelp', FEEDBACK_DAYS_RANGE)}
            inputMode="numeric"
            value={dueDays}
            onValueChange={setDueDays}
            error={errors.dueDays}
            className="sr-field sr-field--short"
          />
          <div className="sr-actions">
            <Button type="submit" appearance="primary-action-button">
              {channel === 'email' ? t('handover.sendEmail') : t('handover.record')}
            </Button>
          </div>
        </>
      )}
      {!previewCurrent && <Paragraph className="sr-hint">{t('handover.previewFirst')}</Paragraph>}
      <ConfirmDialog
        open={confirming}
        title={t('handover.confirmTitle')}
        confirmLabel={channel === 'email' ? t('handover.confirmEmail') : t('handover.confirmRecord')}
        busy={busy === 'send'}
        onConfirm={() => void send()}
        onCancel={() => setConfirming(false)}
      >
        <Paragraph>
          {channel === 'email'
            ? t('handover.confirmTextEmail', { partner: partner?.name ?? '', email: contact?.email ?? '' })
            : t('handover.confirmTextRecord', { partner: partner?.name ?? '', channel: channel ? t(`channel.${channel}`) : '' })}
        </Paragraph>
        <Paragraph>{t('handover.confirmParts', { parts: parts.map((p) => t(`part.${p}`)).join(', ') })}</Paragraph>
      </ConfirmDialog>
    </form>
  );
}

function focusFirstInvalid() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('#overdracht-formulier [aria-invalid="true"]')?.focus());
}
