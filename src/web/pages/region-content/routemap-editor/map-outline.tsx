import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../../domain/content/content-messages';
import type { Language } from '../../../../domain/content/localized';
import { setOptionNext, textIn } from '../../../../domain/routemap/edit-map';
import { NextNodeSelect } from './next-node-select';
import type { MapViewProps } from './route-diagram';
import { nodeAnchor, nodeText } from './node-text';

interface Props extends MapViewProps {
  onMove: (id: string, delta: -1 | 1) => void;
  onDelete: (id: string) => void;
  /** A contact's name as the form lists it (its id when the contact is unknown). */
  contactName: (id: string) => string;
}

/**
 * The map as a list, in the order of the printed map: every question with its answers and where
 * each leads, every outcome with its contacts. It does what the diagram does, by keyboard and
 * screen reader: edit (the form beside it), move, delete, and reconnect an answer with a select.
 */
export function MapOutline({ map, issues, selected, onEdit, onSelect, onMove, onDelete, contactName }: Props) {
  const { t, i18n } = useTranslation('routemapEditor');
  const lang = i18n.language as Language;
  // React moves a list item by taking it out of the page and putting it back, which drops its focus: give it back.
  const move = (button: HTMLElement, id: string, delta: -1 | 1) => {
    onMove(id, delta);
    requestAnimationFrame(() => button.focus());
  };
  return (
    <section aria-labelledby="lijst" className="sr-outline">
      <Heading2 id="lijst">{t('outline.heading')}</Heading2>
      <Paragraph>{t('outline.intro')}</Paragraph>
      <ol className="sr-outline__list">
        {map.nodes.map((node, index) => {
          const problems = issues.byNode.get(node.id) ?? [];
          const headingId = `${nodeAnchor(node.id)}-kop`;
          const kind = t(node.type === 'question' ? 'node.question' : 'node.outcome');
          return (
            <li key={node.id} id={nodeAnchor(node.id)} className={`sr-outline__node sr-outline__node--${node.type}${selected === node.id ? ' sr-outline__node--selected' : ''}${problems.length > 0 ? ' sr-outline__node--invalid' : ''}`}>
              <Heading3 id={headingId} tabIndex={-1} className="sr-outline__title sr-focus-heading">
                <span className="sr-outline__kind">
                  {kind} {node.id}
                  {map.start === node.id && ` · ${t('node.start')}`}
                </span>
                <span className="sr-outline__text">{nodeText(node, lang) || t('node.untitled')}</span>
              </Heading3>
              {problems.length > 0 && (
                <ul className="sr-outline__problems" aria-label={t('outline.problemsOf', { id: node.id })}>
                  {problems.map((p, i) => (
                    <li key={i}>{problemText(p, lang)}</li>
                  ))}
                </ul>
              )}
              {node.type === 'question' ? (
                <ul className="sr-outline__options" aria-label={t('outline.optionsOf', { id: node.id })}>
                  {node.options.map((option, i) => (
                    <li key={`${option.id}-${i}`} className="sr-outline__option">
                      <NextNodeSelect
                        label={t('outline.optionLeadsTo', { option: textIn(option.label, lang) || textIn(option.label, 'nl') || option.id })}
                        map={map}
                        from={node.id}
                        value={option.next}
                        onChange={(next) => onEdit((m) => setOptionNext(m, node.id, i, next))}
                      />
                    </li>
                  ))}
                </ul>
              ) : (
                <Paragraph className="sr-outline__contacts">
                  {node.contacts.length > 0 ? t('outline.contacts', { contacts: node.contacts.map(contactName).join(', ') }) : t('outline.noContacts')}
                </Paragraph>
              )}
              <div className="sr-actions sr-outline__actions">
                <Button type="button" appearance="secondary-action-button" aria-describedby={headingId} aria-pressed={selected === node.id} onClick={() => onSelect(node.id)}>
                  {t('outline.edit')}
                </Button>
                {/* aria-disabled, not disabled: the button keeps focus when its node reaches the top or bottom. */}
                <Button type="button" appearance="subtle-button" aria-describedby={headingId} aria-disabled={index === 0} onClick={(event) => index > 0 && move(event.currentTarget, node.id, -1)}>
                  {t('outline.up')}
                </Button>
                <Button type="button" appearance="subtle-button" aria-describedby={headingId} aria-disabled={index === map.nodes.length - 1} onClick={(event) => index < map.nodes.length - 1 && move(event.currentTarget, node.id, 1)}>
                  {t('outline.down')}
                </Button>
                <Button type="button" appearance="subtle-button" hint="danger" aria-describedby={headingId} onClick={() => onDelete(node.id)}>
                  {t('outline.delete')}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
