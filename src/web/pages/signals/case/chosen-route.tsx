import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { walk } from '../../../../domain/routemap/walk';
import { useRouteMap } from '../../../api/queries';
import type { SignalCase } from '../../../api/signal-types';

/** The route stored with the signal, read back against the map as it is now. */
export function ChosenRoute({ route, title, subregion }: { route: NonNullable<SignalCase['route']>; title: string; subregion: string | null }) {
  const { t } = useTranslation('signals');
  const map = useRouteMap(route.mapId);
  const result = map.data ? walk(map.data, route.answers, { subregion }) : null;
  const outcome = result?.status === 'outcome' ? result.outcome : null;
  return (
    <div className="sr-chosen-route">
      <DataList className="sr-facts">
        <DataListItem>
          <DataListKey>{t('route.map')}</DataListKey>
          <DataListValue>{title}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('route.outcome')}</DataListKey>
          <DataListValue>{outcome?.title ?? route.outcomeId}</DataListValue>
        </DataListItem>
        {outcome && outcome.contacts.length > 0 && (
          <DataListItem>
            <DataListKey>{t('route.contacts')}</DataListKey>
            <DataListValue>{outcome.contacts.map((c) => c.name).join(', ')}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t('route.version')}</DataListKey>
          <DataListValue>
            <code className="sr-code-small">{route.mapVersion.slice(0, 12)}</code>
            {map.data && map.data.version !== route.mapVersion && <> {t('route.mapChanged')}</>}
          </DataListValue>
        </DataListItem>
      </DataList>
    </div>
  );
}
