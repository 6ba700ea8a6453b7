import { Alert, Button, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../../domain/content/content-messages';
import type { Language } from '../../../../domain/content/localized';
import type { ContactChoice } from '../../../../domain/content/pack-contacts';
import type { PackIssue } from '../../../../domain/content/validate-region-pack';
import {
  addOption,
  removeOption,
  setOptionLabel,
  setOptionNext,
  setOutcomeContacts,
  setOutcomeText,
  setOutcomeTitle,
  setQuestionHelp,
  setQuestionText,
  setStart,
  textIn,
} from '../../../../domain/routemap/edit-map';
import type { OutcomeNode, QuestionNode, RouteMapFile } from '../../../../domain/routemap/schema';
import { CheckboxField } from '../../../components/form/choice-field';
import { ChoiceFieldset } from '../../../components/form/choice-group';
import { TextField } from '../../../components/form/text-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { NextNodeSelect } from './next-node-select';

type Edit = (change: (map: RouteMapFile) => RouteMapFile) => void;

interface Props {
  map: RouteMapFile;
  nodeId: string;
  problems: PackIssue[];
  contactChoices: ContactChoice[];
  headingRef: Ref<HTMLHeadingElement>;
  onEdit: Edit;
  onDelete: (id: string) => void;
}

/** The form for one node beside the diagram or the list: its texts in Dutch and English, its answers or its contacts. */
export function NodeForm({ map, nodeId, problems, contactChoices, headingRef, onEdit, onDelete }: Props) {
  const { t, i18n } = useTranslation('routemapEditor');
  const node = map.nodes.find((n) => n.id === nodeId);
  if (!node) return null;
  return (
    <section aria-labelledby="stap-bewerken" className="sr-node-form">
      <Heading2 id="stap-bewerken" ref={headingRef} tabIndex={-1} className="sr-focus-heading">
        {t(node.type === 'question' ? 'form.questionHeading' : 'form.outcomeHeading', { id: node.id })}
      </Heading2>
      {problems.length > 0 && (
        <Alert type="warning">
          <UnorderedList>
            {problems.map((p, i) => (
              <UnorderedListItem key={i}>{problemText(p, i18n.language as Language)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      {node.type === 'question' ? <QuestionFields map={map} node={node} onEdit={onEdit} /> : <OutcomeFields node={node} choices={contactChoices} onEdit={onEdit} />}
      <div className="sr-actions">
        {node.type === 'question' && map.start !== node.id && (
          <Button type="button" appearance="secondary-action-button" onClick={() => onEdit((m) => setStart(m, node.id))}>
            {t('form.makeStart')}
          </Button>
        )}
        <Button type="button" appearance="secondary-action-button" hint="danger" onClick={() => onDelete(node.id)}>
          {t(node.type === 'question' ? 'form.deleteQuestion' : 'form.deleteOutcome')}
        </Button>
      </div>
    </section>
  );
}

/** Two fields for one text: Dutch (required) and English (optional; Dutch is shown where it is missing). */
function TextPair({ id, label, value, onChange, multiline = false }: { id: string; label: string; value: RouteMapFile['title'] | undefined; onChange: (lang: Language, text: string) => void; multiline?: boolean }) {
  const { t } = useTranslation('routemapEditor');
  const Control = multiline ? TextareaField : TextField;
  return (
    <div className="sr-text-pair">
      {(['nl', 'en'] as const).map((lang) => (
        <Control
          key={lang}
          id={`${id}-${lang}`}
          label={t(lang === 'nl' ? 'form.inDutch' : 'form.inEnglish', { label })}
          value={textIn(value, lang)}
          onValueChange={(text) => onChange(lang, text)}
          {...(multiline ? { rows: 3 } : {})}
        />
      ))}
    </div>
  );
}

function QuestionFields({ map, node, onEdit }: { map: RouteMapFile; node: QuestionNode; onEdit: Edit }) {
  const { t } = useTranslation('routemapEditor');
  return (
    <>
      {map.start === node.id && <Paragraph>{t('form.isStart')}</Paragraph>}
      <TextPair id="vraag-tekst" label={t('form.question')} value={node.text} onChange={(lang, text) => onEdit((m) => setQuestionText(m, node.id, lang, text))} />
      <TextPair id="vraag-toelichting" label={t('form.help')} value={node.help} multiline onChange={(lang, text) => onEdit((m) => setQuestionHelp(m, node.id, lang, text))} />
      <Heading3>{t('form.options')}</Heading3>
      {node.options.map((option, i) => (
        <ChoiceFieldset key={`${option.id}-${i}`} id={`antwoord-${i}`} legend={t('form.option', { number: i + 1 })} className="sr-node-form__option">
          <TextPair id={`antwoord-${i}-tekst`} label={t('form.optionLabel')} value={option.label} onChange={(lang, text) => onEdit((m) => setOptionLabel(m, node.id, i, lang, text))} />
          <NextNodeSelect id={`antwoord-${i}-naar`} label={t('form.leadsTo')} map={map} from={node.id} value={option.next} onChange={(next) => onEdit((m) => setOptionNext(m, node.id, i, next))} />
          <Button type="button" appearance="subtle-button" hint="danger" onClick={() => onEdit((m) => removeOption(m, node.id, i))}>
            {t('form.removeOption', { number: i + 1 })}
          </Button>
        </ChoiceFieldset>
      ))}
      <div className="sr-actions">
        <Button type="button" appearance="secondary-action-button" onClick={() => onEdit((m) => addOption(m, node.id))}>
          {t('form.addOption')}
        </Button>
      </div>
    </>
  );
}

function OutcomeFields({ node, choices, onEdit }: { node: OutcomeNode; choices: ContactChoice[]; onEdit: Edit }) {
  const { t, i18n } = useTranslation('routemapEditor');
  const lang = i18n.language as Language;
  // A contact keeps its place when others are added: the order is the order the outcome shows them in.
  const toggle = (id: string, on: boolean) => onEdit((m) => setOutcomeContacts(m, node.id, on ? [...node.contacts, id] : node.contacts.filter((c) => c !== id)));
  return (
    <>
      <TextPair id="uitkomst-titel" label={t('form.title')} value={node.title} onChange={(l, text) => onEdit((m) => setOutcomeTitle(m, node.id, l, text))} />
      <TextPair id="uitkomst-tekst" label={t('form.text')} value={node.text} multiline onChange={(l, text) => onEdit((m) => setOutcomeText(m, node.id, l, text))} />
      <ChoiceFieldset id="uitkomst-contacten" legend={t('form.contacts')} description={t('form.contactsHelp')} className="sr-node-form__contacts">
        {choices.map(({ partner, national, contacts }) => (
          <div key={partner.id} className="sr-node-form__partner">
            <Paragraph className="sr-node-form__partner-name">
              {partner.name} {national && <span className="sr-node-form__national">({t('form.national')})</span>}
            </Paragraph>
            {contacts.map((contact) => (
              <CheckboxField
                key={contact.id}
                id={`contact-${contact.id}`}
                label={textIn(contact.label, lang) || textIn(contact.label, 'nl')}
                description={[contact.phone, contact.email, contact.subregion ? t('form.subregion', { subregion: contact.subregion }) : null].filter(Boolean).join(' · ')}
                checked={node.contacts.includes(contact.id)}
                onChange={(event) => toggle(contact.id, event.target.checked)}
              />
            ))}
          </div>
        ))}
        {node.contacts
          .filter((id) => !choices.some((c) => c.contacts.some((x) => x.id === id)))
          .map((id) => (
            <CheckboxField key={id} id={`contact-${id}`} label={t('form.unknownContact', { id })} checked onChange={() => toggle(id, false)} />
          ))}
      </ChoiceFieldset>
    </>
  );
}
