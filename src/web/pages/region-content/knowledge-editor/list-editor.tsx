import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../../domain/content/content-messages';
import { addEntry, entriesOf, listPath, listSource, removeEntry, setListSource, updateEntry, type KnowledgeList } from '../../../../domain/content/edit-knowledge';
import type { Language, LocalizedText } from '../../../../domain/content/localized';
import type { PackKnowledge } from '../../../../domain/content/region-pack-schema';
import { sourceKey, sourceTitle, type SourceDocument } from '../../../../domain/content/sources';
import type { PackIssue } from '../../../../domain/content/validate-region-pack';
import { EXPLOITATION_FORMS, type ExploitationForm } from '../../../../domain/knowledge/schema';
import { textIn, withText } from '../../../../domain/routemap/edit-map';
import { CheckboxField } from '../../../components/form/choice-field';
import { SelectField } from '../../../components/form/select-field';
import { TextPair } from '../partners-editor/partner-section';
import { knowledgeFieldId, knowledgeFieldOf } from './knowledge-field-ids';

interface Props {
  list: KnowledgeList;
  /** What one entry is called ("Signaal", "Risicogroep"). */
  label: string;
  knowledge: PackKnowledge;
  sources: readonly SourceDocument[];
  issues: readonly PackIssue[];
  onEdit: (change: (k: PackKnowledge) => PackKnowledge) => void;
  onNotice: (text: string) => void;
}

type Editable = { id: string; text?: LocalizedText; name?: LocalizedText; forms?: ExploitationForm[]; kind?: 'sensitive' | 'facilitating' };

/** One knowledge list: the document it cites, and its entries in Dutch and English. */
export function ListEditor({ list, label, knowledge, sources, issues, onEdit, onNotice }: Props) {
  const { t, i18n } = useTranslation('regionContent');
  const lang = i18n.language as Language;
  const base = listPath(list);
  const entries = entriesOf(knowledge, list) as readonly Editable[];
  const current = listSource(knowledge, list);
  const keys = new Set([...sources.map((s) => s.id), ...entries.map((e) => sourceKey((e as { source?: string | string[] }).source))].filter((k) => k !== ''));
  const errorAt = (path: PropertyKey[]) => {
    const issue = issues.find((i) => knowledgeFieldOf(i.path) === knowledgeFieldId(path));
    return issue ? problemText(issue, lang) : null;
  };
  const set = (i: number, change: (e: Editable) => Editable) => onEdit((k) => updateEntry<Editable>(k, list, i, change));
  return (
    <div className="sr-knowledge-list">
      <SelectField
        id={knowledgeFieldId([...base, 'source'])}
        label={t('knowledge.source')}
        description={t('knowledge.sourceHint')}
        value={current ?? '*'}
        error={errorAt([...base, 'source'])}
        onValueChange={(key) => onEdit((k) => setListSource(k, list, key))}
      >
        {current === null && (
          <option value="*" disabled>
            {t('knowledge.mixed')}
          </option>
        )}
        <option value="">{t('knowledge.noSource')}</option>
        {[...keys].map((key) => (
          <option key={key} value={key}>
            {sourceTitle(sources, key)}
          </option>
        ))}
      </SelectField>
      <ol className="sr-knowledge-list__entries">
        {entries.map((entry, i) => {
          const path = [...base, i];
          const field = entry.text !== undefined ? 'text' : 'name';
          const shown = textIn(entry.text ?? entry.name, lang) || textIn(entry.text ?? entry.name, 'nl') || entry.id;
          return (
            <li key={entry.id} className="sr-knowledge-entry">
              <TextPair
                id={knowledgeFieldId([...path, field])}
                label={label}
                value={entry.text ?? entry.name}
                multiline={field === 'text'}
                error={errorAt([...path, field])}
                onChange={(l, text) => set(i, (e) => (field === 'text' ? { ...e, text: withText(e.text, l, text) } : { ...e, name: withText(e.name, l, text) }))}
              />
              {entry.forms !== undefined && (
                <Fieldset id={knowledgeFieldId([...path, 'forms'])} tabIndex={-1} invalid={Boolean(errorAt([...path, 'forms']))}>
                  <FieldsetLegend>{t('knowledge.forms', { name: shown })}</FieldsetLegend>
                  {EXPLOITATION_FORMS.map((form) => (
                    <CheckboxField
                      key={form}
                      id={`${knowledgeFieldId([...path, 'forms'])}-${form}`}
                      label={t(`knowledge.form.${form}`)}
                      checked={entry.forms!.includes(form)}
                      onChange={(event) => {
                        const on = event.currentTarget.checked;
                        set(i, (e) => ({ ...e, forms: on ? [...(e.forms ?? []), form] : (e.forms ?? []).filter((f) => f !== form) }));
                      }}
                    />
                  ))}
                  {errorAt([...path, 'forms']) && <p className="utrecht-form-field-error-message">{errorAt([...path, 'forms'])}</p>}
                </Fieldset>
              )}
              {entry.kind !== undefined && (
                <SelectField
                  id={knowledgeFieldId([...path, 'kind'])}
                  label={t('knowledge.kind', { name: shown })}
                  value={entry.kind}
                  onValueChange={(kind) => set(i, (e) => ({ ...e, kind: kind as 'sensitive' | 'facilitating' }))}
                >
                  <option value="sensitive">{t('knowledge.sensitive')}</option>
                  <option value="facilitating">{t('knowledge.facilitating')}</option>
                </SelectField>
              )}
              <div className="sr-actions">
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  hint="danger"
                  aria-label={t('knowledge.remove', { name: shown })}
                  onClick={() => {
                    onEdit((k) => removeEntry(k, list, i));
                    onNotice(t('knowledge.removed', { name: shown }));
                  }}
                >
                  {t('knowledge.removeShort')}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="sr-actions">
        <Button
          id={knowledgeFieldId(base)}
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            onEdit((k) => addEntry(k, list).knowledge);
            onNotice(t('knowledge.added', { label }));
            const field = list.kind === 'riskGroups' || list.kind === 'sectors' ? 'name' : 'text';
            queueMicrotask(() => document.getElementById(knowledgeFieldId([...base, entries.length, field]))?.focus());
          }}
        >
          {t('knowledge.add', { label: lang === 'en' ? label.toLocaleLowerCase('en') : label })}
        </Button>
      </div>
    </div>
  );
}
