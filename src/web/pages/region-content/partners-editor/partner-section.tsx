import { Alert, Button, Fieldset, FieldsetLegend, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { problemText, type CodedProblem } from '../../../../domain/content/content-messages';
import { addContact, setPartnerSource, updatePartner } from '../../../../domain/content/edit-partners';
import type { Language, LocalizedText } from '../../../../domain/content/localized';
import type { Partner } from '../../../../domain/content/partner-schema';
import type { RegionPack } from '../../../../domain/content/region-pack-schema';
import { sourceKey, sourceTitle } from '../../../../domain/content/sources';
import type { PackIssue } from '../../../../domain/content/validate-region-pack';
import { textIn, withText } from '../../../../domain/routemap/edit-map';
import { CheckboxField } from '../../../components/form/choice-field';
import { SelectField } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { ContactFields } from './contact-fields';
import { fieldId, fieldOfPath } from './field-ids';

type Edit = (change: (pack: RegionPack) => RegionPack) => void;

interface Props {
  index: number;
  partner: Partner;
  pack: RegionPack;
  regions: readonly { id: string; name: LocalizedText; fallback: boolean }[];
  /** The problems of this partner (paths from the top of the pack). */
  issues: readonly PackIssue[];
  today: string;
  taken: ReadonlySet<string>;
  onEdit: Edit;
  onNotice: (text: string) => void;
  onDelete: (contact: number | null) => void;
}

/** The first problem at a field, for the message beside it (the list above has them all). */
export function problemAt(issues: readonly (PackIssue & { atField?: CodedProblem })[], id: string, lang: Language): string | null {
  const issue = issues.find((i) => fieldOfPath(i.path) === id);
  return issue ? problemText(issue.atField ?? issue, lang) : null;
}

/** Two fields for one text: Dutch (required) and English (optional; Dutch is shown where it is missing). */
export function TextPair({ id, label, value, error, multiline = false, onChange }: { id: string; label: string; value: LocalizedText | undefined; error: string | null; multiline?: boolean; onChange: (lang: Language, text: string) => void }) {
  const { t } = useTranslation('regionContent');
  const Control = multiline ? TextareaField : TextField;
  return (
    <div className="sr-field-pair">
      {(['nl', 'en'] as const).map((lang) => (
        <Control
          key={lang}
          id={lang === 'nl' ? id : `${id}-en`}
          label={t(lang === 'nl' ? 'inDutch' : 'inEnglish', { label })}
          value={textIn(value, lang)}
          error={lang === 'nl' ? error : null}
          onValueChange={(text) => onChange(lang, text)}
          {...(multiline ? { rows: 2 } : {})}
        />
      ))}
    </div>
  );
}

/** One partner: what it does, where it works, and its contacts. */
export function PartnerSection({ index, partner, pack, regions, issues, today, taken, onEdit, onNotice, onDelete }: Props) {
  const { t, i18n } = useTranslation('regionContent');
  const lang = i18n.language as Language;
  const set = (change: (p: Partner) => Partner) => onEdit((p) => updatePartner(p, index, change));
  const headingId = `partner-${index}`;
  const source = sourceKey(partner.source);
  // The pack's documents, and what the partner cites now should the pack not list it.
  const sourceKeys = new Set([...pack.sources.map((s) => s.id), ...(source === '' ? [] : [source])]);
  const unplaced = issues.filter((i) => {
    const target = fieldOfPath(i.path);
    return target === headingId || target === fieldId(index, null, 'regions');
  });
  return (
    <section aria-labelledby={headingId} className="sr-section sr-partner">
      <Heading2 id={headingId} tabIndex={-1}>
        {partner.name || t('partners.unnamed')}
      </Heading2>
      {unplaced.length > 0 && (
        <Alert type="warning">
          <UnorderedList>
            {unplaced.map((issue, i) => (
              <UnorderedListItem key={i}>{problemText(issue, lang)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      <TextField
        id={fieldId(index, null, 'name')}
        label={t('partners.name')}
        value={partner.name}
        error={problemAt(issues, fieldId(index, null, 'name'), lang)}
        onValueChange={(name) => set((p) => ({ ...p, name }))}
      />
      <TextPair
        id={fieldId(index, null, 'description')}
        label={t('partners.description')}
        value={partner.description}
        multiline
        error={problemAt(issues, fieldId(index, null, 'description'), lang)}
        onChange={(l, text) => set((p) => ({ ...p, description: withText(p.description, l, text) }))}
      />
      <SelectField
        id={fieldId(index, null, 'source')}
        label={t('partners.source')}
        description={t('partners.sourceHint')}
        value={source}
        error={problemAt(issues, fieldId(index, null, 'source'), lang)}
        onValueChange={(key) => onEdit((p) => setPartnerSource(p, index, key))}
      >
        <option value="">{t('partners.noSource')}</option>
        {[...sourceKeys].map((key) => (
          <option key={key} value={key}>
            {sourceTitle(pack.sources, key)}
          </option>
        ))}
      </SelectField>
      {pack.region.fallback ? (
        <Paragraph>{t('partners.national')}</Paragraph>
      ) : (
        <Fieldset id={fieldId(index, null, 'regions')} tabIndex={-1}>
          <FieldsetLegend>{t('partners.regions')}</FieldsetLegend>
          {regions
            .filter((r) => !r.fallback)
            .map((r) => (
              <CheckboxField
                key={r.id}
                id={`${fieldId(index, null, 'regions')}-${r.id}`}
                label={textIn(r.name, lang) || textIn(r.name, 'nl')}
                checked={partner.regions.includes(r.id)}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  set((p) => ({ ...p, regions: on ? [...p.regions, r.id] : p.regions.filter((x) => x !== r.id) }));
                }}
              />
            ))}
        </Fieldset>
      )}
      {partner.contacts.map((contact, j) => (
        <ContactFields
          key={j}
          partnerIndex={index}
          index={j}
          partnerName={partner.name}
          contact={contact}
          subregions={pack.region.subregions}
          issues={issues}
          today={today}
          onEdit={onEdit}
          onNotice={onNotice}
          onDelete={() => onDelete(j)}
        />
      ))}
      <div className="sr-actions">
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            onEdit((p) => addContact(p, index, taken));
            onNotice(t('partners.contactAdded'));
            queueMicrotask(() => document.getElementById(fieldId(index, partner.contacts.length, 'label'))?.focus());
          }}
        >
          {t('partners.addContact', { name: partner.name || t('partners.unnamed') })}
        </Button>
        <Button type="button" appearance="secondary-action-button" hint="danger" onClick={() => onDelete(null)}>
          {t('partners.deletePartner', { name: partner.name || t('partners.unnamed') })}
        </Button>
      </div>
    </section>
  );
}
