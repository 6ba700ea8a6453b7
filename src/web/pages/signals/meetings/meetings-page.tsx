import '../../../styles/signals.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RequireLogin } from '../../../components/require-login';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { NewMeetingForm } from './new-meeting-form';
import { MeetingList } from './meeting-list';

/** The municipality's signal meetings (signalenoverleg), and planning a new one. */
export function MeetingsPage() {
  const { t } = useTranslation('signals');
  useDocumentTitle(t('meetings.title'));
  return (
    <RequireLogin role="aandachtsfunctionaris">
      {() => (
        <div className="sr-container">
          <Heading1>{t('meetings.title')}</Heading1>
          <Paragraph lead>{t('meetings.intro')}</Paragraph>
          <MeetingList />
          <NewMeetingForm />
        </div>
      )}
    </RequireLogin>
  );
}
