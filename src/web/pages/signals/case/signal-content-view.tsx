import { DataList, DataListItem, DataListKey, DataListValue, Heading3, Heading4, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAddress } from '../../../../domain/signal/normalize';
import type { HandoverContent } from '../../../api/signal-types';
import type { KnowledgeView } from '../../../api/types';
import { formatDay } from '../../../components/signals/format-moment';

export type SignalContent = Omit<HandoverContent, 'reference' | 'municipality'>;

/**
 * What the reporter passed on, in the UI language: each part only when it is present, so the
 * same view shows a whole submission or a handover that holds only some parts.
 */
export function SignalContentView({ content, knowledge }: { content: SignalContent & { riskGroups?: string[] | undefined }; knowledge: KnowledgeView | null }) {
  const { t, i18n } = useTranslation('signals');
  const formName = (id: string) => knowledge?.forms.find((f) => f.id === id)?.name ?? t(`form.${id}`, { defaultValue: id });
  const signalText = (id: string) => knowledge?.forms.flatMap((f) => f.signals).find((s) => s.id === id)?.text ?? id;
  const sectorName = (id: string) => knowledge?.sectors.find((s) => s.id === id)?.name ?? id;
  const riskGroupName = (id: string) => knowledge?.riskGroups.find((r) => r.id === id)?.name ?? id;
  const none = <span className="sr-muted">{t('content.notGiven')}</span>;
  const row = (key: string, label: string, value: ReactNode) => (
    <DataListItem key={key}>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{value}</DataListValue>
    </DataListItem>
  );

  return (
    <div className="sr-content">
      {content.forms && (
        <>
          <Heading3>{t('content.kind')}</Heading3>
          <DataList className="sr-facts">
            {row('forms', t('content.forms'), content.forms.map(formName).join(', '))}
            {row(
              'signals',
              t('content.observedSignals'),
              content.observedSignals?.length ? (
                <UnorderedList className="sr-compact-list">
                  {content.observedSignals.map((s) => (
                    <UnorderedListItem key={s}>{signalText(s)}</UnorderedListItem>
                  ))}
                </UnorderedList>
              ) : (
                none
              ),
            )}
          </DataList>
        </>
      )}
      {content.description !== undefined && (
        <>
          <Heading3>{t('content.description')}</Heading3>
          {content.description ? <Paragraph className="sr-pre-line">{content.description}</Paragraph> : <Paragraph>{none}</Paragraph>}
        </>
      )}
      {(content.observedOn !== undefined || content.location !== undefined) && (
        <>
          <Heading3>{t('content.whenWhere')}</Heading3>
          <DataList className="sr-facts">
            {row('on', t('content.observedOn'), content.observedOn ? formatDay(content.observedOn, i18n.language) : none)}
            {row('where', t('content.location'), content.location || none)}
          </DataList>
        </>
      )}
      {content.persons && (
        <>
          <Heading3>{t('content.persons')}</Heading3>
          {content.persons.length === 0 && <Paragraph>{t('content.noPersons')}</Paragraph>}
          {content.persons.map((p, i) => (
            <div key={i} className="sr-content__item">
              <Heading4>{t('content.person', { number: i + 1 })}</Heading4>
              <DataList className="sr-facts">
                {row('role', t('content.role'), t(`role.${p.role}`))}
                {p.name && row('name', t('content.name'), p.name)}
                {p.dateOfBirth && row('dob', t('content.dateOfBirth'), formatDay(p.dateOfBirth, i18n.language))}
                {p.estimatedAge !== undefined && row('age', t('content.estimatedAge'), t('content.years', { count: p.estimatedAge }))}
                {p.nationality && row('nat', t('content.nationality'), p.nationality)}
                {p.language && row('lang', t('content.language'), p.language)}
                {p.description && row('desc', t('content.personDescription'), <span className="sr-pre-line">{p.description}</span>)}
              </DataList>
            </div>
          ))}
        </>
      )}
      {content.organisations && (
        <>
          <Heading3>{t('content.organisations')}</Heading3>
          {content.organisations.length === 0 ? (
            <Paragraph>{t('content.noOrganisations')}</Paragraph>
          ) : (
            <UnorderedList>
              {content.organisations.map((o, i) => (
                <UnorderedListItem key={i}>{o.kvkNumber ? t('content.organisationWithKvk', { name: o.name, kvk: o.kvkNumber }) : o.name}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </>
      )}
      {content.addresses && (
        <>
          <Heading3>{t('content.addresses')}</Heading3>
          {content.addresses.length === 0 ? (
            <Paragraph>{t('content.noAddresses')}</Paragraph>
          ) : (
            <UnorderedList>
              {content.addresses.map((a, i) => (
                <UnorderedListItem key={i}>{formatAddress(a)}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </>
      )}
      {(content.sector !== undefined || content.acuteDanger !== undefined || content.personAware !== undefined) && (
        <>
          <Heading3>{t('content.other')}</Heading3>
          <DataList className="sr-facts">
            {content.sector !== undefined && row('sector', t('content.sector'), content.sector ? sectorName(content.sector) : none)}
            {content.riskGroups?.length ? row('riskGroups', t('content.riskGroups'), content.riskGroups.map(riskGroupName).join(', ')) : null}
            {content.acuteDanger !== undefined && row('danger', t('content.acuteDanger'), content.acuteDanger ? t('content.yes') : t('content.no'))}
            {content.personAware !== undefined && row('aware', t('content.personAware'), t(`aware.${content.personAware}`))}
          </DataList>
        </>
      )}
    </div>
  );
}
