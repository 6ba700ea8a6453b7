import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { markVerified, optional, optionalText, updateContact } from '../../../../domain/content/edit-partners';
import type { Language, LocalizedText } from '../../../../domain/content/localized';
import type { ContactEntry } from '../../../../domain/content/partner-schema';
import type { RegionPack } from '../../../../domain/content/region-pack-schema';
import { isStale } from '../../../../domain/content/stale-contacts';
import type { PackIssue } from '../../../../domain/content/validate-region-pack';
import { textIn, withText } from '../../../../domain/routemap/edit-map';
import { SelectField } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import { formatDate } from '../../../lib/format-date';
import { fieldId } from './field-ids';
import { problemAt, TextPair } from './partner-section';

interface Props {
  partnerIndex: number;
  index: number;
  partnerName: string;
  contact: ContactEntry;
  subregions: readonly { id: string; name: LocalizedText }[];
  issues: readonly PackIssue[];
  today: string;
  onEdit: (change: (pack: RegionPack) => RegionPack) => void;
  onNotice: (text: string) => void;
  onDelete: () => void;
}

/** One contact of a partner: its details, when they were last checked, and "Gecontroleerd vandaag". */
export function ContactFields({ partnerIndex, index, partnerName, contact, subregions, issues, today, onEdit, onNotice, onDelete }: Props) {
  const { t, i18n } = useTranslation('regionContent');
  const lang = i18n.language as Language;
  const id = (field: string) => fieldId(partnerIndex, index, field);
  const set = (change: (c: ContactEntry) => ContactEntry) => onEdit((p) => updateContact(p, partnerIndex, index, change));
  const error = (field: string) => problemAt(issues, id(field), lang);
  const name = textIn(contact.label, lang) || textIn(contact.label, 'nl') || t('partners.unnamedContact');
  const stale = isStale(contact.verifiedOn, today);
  const checkedOn = /^\d{4}-\d{2}-\d{2}$/.test(contact.verifiedOn) ? formatDate(contact.verifiedOn, lang) : null;
  return (
    <div className={stale ? 'sr-contact-form sr-contact-form--stale' : 'sr-contact-form'}>
      <Heading3 id={id('kop')}>{t('partners.contactHeading', { name })}</Heading3>
      <Paragraph id={id('verifiedOn')} tabIndex={-1} className="sr-contact-form__checked">
        {stale && <strong className="sr-contact-form__flag">{t('partners.checkNeeded')} </strong>}
        {checkedOn ? t('partners.checkedOn', { date: checkedOn }) : t('partners.neverChecked')}
        {contact.unverified && ` ${t('partners.repaired', { note: contact.unverified })}`}
      </Paragraph>
      <div className="sr-actions">
        <Button
          type="button"
          appearance="secondary-action-button"
          aria-describedby={id('verifiedOn')}
          onClick={() => {
            onEdit((p) => markVerified(p, partnerIndex, index, today));
            onNotice(t('partners.markedChecked', { name: `${partnerName} – ${name}` }));
          }}
        >
          {t('partners.checkedToday')}
        </Button>
      </div>
      <TextPair id={id('label')} label={t('partners.contactName')} value={contact.label} error={error('label')} onChange={(l, text) => set((c) => ({ ...c, label: withText(c.label, l, text) }))} />
      <div className="sr-field-pair">
        <TextField id={id('phone')} type="tel" label={t('partners.phone')} value={contact.phone ?? ''} error={error('phone')} onValueChange={(v) => set((c) => optional(c, 'phone', v))} />
        <TextField id={id('email')} type="email" label={t('partners.email')} value={contact.email ?? ''} error={error('email')} onValueChange={(v) => set((c) => optional(c, 'email', v))} />
        <TextField id={id('url')} type="url" label={t('partners.url')} value={contact.url ?? ''} error={error('url')} onValueChange={(v) => set((c) => optional(c, 'url', v))} />
      </div>
      <TextPair id={id('hours')} label={t('partners.hours')} value={contact.hours} error={error('hours')} onChange={(l, text) => set((c) => optionalText(c, 'hours', l, text))} />
      <TextPair
        id={id('note')}
        label={t('partners.note')}
        value={contact.note}
        multiline
        error={error('note')}
        onChange={(l, text) => set((c) => optionalText(c, 'note', l, text))}
      />
      {subregions.length > 0 && (
        <SelectField
          id={id('subregion')}
          label={t('partners.subregion')}
          description={t('partners.subregionHint')}
          value={contact.subregion ?? ''}
          error={error('subregion')}
          onValueChange={(v) =>
            set((c) => {
              const next: ContactEntry = { ...c, subregion: v };
              if (v === '') delete next.subregion;
              return next;
            })
          }
        >
          <option value="">{t('partners.wholeRegion')}</option>
          {subregions.map((s) => (
            <option key={s.id} value={s.id}>
              {textIn(s.name, lang) || textIn(s.name, 'nl')}
            </option>
          ))}
        </SelectField>
      )}
      <div className="sr-actions">
        <Button type="button" appearance="secondary-action-button" hint="danger" onClick={onDelete}>
          {t('partners.deleteContact', { name })}
        </Button>
      </div>
    </div>
  );
}
