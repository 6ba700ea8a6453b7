import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { walk } from '../../../../domain/routemap/walk';
import { useRouteMap } from '../../../api/queries';
import type { SignalCase } from '../../../api/signal-types';

/**
 * The route stored with the signal: as the map was when it was walked (`walked`, kept by the
 * server per map version), or, for a route from before versions were kept, read back against the
 * map as it is now.
 */
export function ChosenRoute({ route, title, subregion }: { route: NonNullable<SignalCase['route']>; title: string; subregion: string | null }) {
  const { t } = useTranslation('signals');
  const map = useRouteMap(route.mapId);
  const result = map.data ? walk(map.data, route.answers, { subregion }) : null;
  const now = result?.status === 'outcome' ? result.outcome : null;
  const then = route.walked ?? null;
  const outcomeTitle = then?.outcome.title ?? now?.title ?? route.outcomeId;
  const contacts = then?.outcome.contacts ?? now?.contacts.map((c) => c.name) ?? [];
  const changed = map.data !== undefined && map.data.version !== route.mapVersion;
  return (
    <div className="sr-chosen-route">
      <DataList className="sr-facts">
        <DataListItem>
          <DataListKey>{t('route.map')}</DataListKey>
          <DataListValue>{then?.title ?? title}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('route.outcome')}</DataListKey>
          <DataListValue>{outcomeTitle}</DataListValue>
        </DataListItem>
        {contacts.length > 0 && (
          <DataListItem>
            <DataListKey>{t('route.contacts')}</DataListKey>
            <DataListValue>{contacts.join(', ')}</DataListValue>
          </DataListItem>
        )}
        {then && changed && (
          <DataListItem>
            <DataListKey>{t('route.path')}</DataListKey>
            <DataListValue>
              <ol className="sr-chosen-route__path">
                {then.path.map((step) => (
                  <li key={step.questionId}>
                    {step.question} <strong>{step.answer}</strong>
                  </li>
                ))}
              </ol>
            </DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t('route.version')}</DataListKey>
          <DataListValue>
            <code className="sr-code-small">{route.mapVersion.slice(0, 12)}</code>
            {changed && <> {t('route.mapChanged')}</>}
          </DataListValue>
        </DataListItem>
      </DataList>
    </div>
  );
}
