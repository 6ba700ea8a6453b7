import { Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { mySignals } from '../../../api/signals-api';
import { AppLink } from '../../../components/app-link';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { MySignalCard } from './my-signal-card';

/** The reporter's own signals, or a way to report the first one. */
export function MySignalsList() {
  const { t } = useTranslation('signals');
  const query = useQuery({ queryKey: ['my-signals'], queryFn: mySignals });
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <QueryError error={query.error} />;
  if (query.data.length === 0) {
    return (
      <Paragraph>
        {t('mine.none')} <AppLink to="/signaal-doorgeven">{t('nav.submit')}</AppLink>
      </Paragraph>
    );
  }
  return (
    <ul className="sr-plain-list sr-my-signals">
      {query.data.map((signal) => (
        <li key={signal.id}>
          <MySignalCard signal={signal} />
        </li>
      ))}
    </ul>
  );
}
