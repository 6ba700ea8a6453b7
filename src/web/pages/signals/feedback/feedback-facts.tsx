import { DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { FeedbackLookup } from '../../../api/signal-types';
import { formatDay } from '../../../components/signals/format-moment';

/** Which handover the link is about: reference, municipality, partner and dates; no case content. */
export function FeedbackFacts({ lookup }: { lookup: FeedbackLookup }) {
  const { t, i18n } = useTranslation('signals');
  return (
    <>
      {!lookup.answered && <Paragraph lead>{t('partner.intro', { municipality: lookup.municipality })}</Paragraph>}
      <DataList className="sr-facts">
        <DataListItem>
          <DataListKey>{t('partner.reference')}</DataListKey>
          <DataListValue className="sr-reference">{lookup.reference}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('partner.municipality')}</DataListKey>
          <DataListValue>{lookup.municipality}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('partner.partner')}</DataListKey>
          <DataListValue>{lookup.partnerName}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('partner.sentAt')}</DataListKey>
          <DataListValue>{formatDay(lookup.sentAt, i18n.language)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('partner.dueAt')}</DataListKey>
          <DataListValue>{formatDay(lookup.dueAt, i18n.language)}</DataListValue>
        </DataListItem>
      </DataList>
    </>
  );
}
