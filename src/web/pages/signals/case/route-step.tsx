import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMunicipalities, useRegions, useRouteMaps } from '../../../api/queries';
import type { SignalCase } from '../../../api/signal-types';
import type { SessionUser } from '../../../api/types';
import { LoadingState } from '../../../components/loading-state';
import { SelectField } from '../../../components/form/select-field';
import type { CaseChange } from './case-view';
import { RouteWalker } from './route-walker';
import { ChosenRoute } from './chosen-route';

/**
 * Step 4 of seed 004: where does the signal go? The AF walks one of the region's route maps here,
 * with the same walk engine as the wizard, starting from the suggestion the signal gives or from
 * the first question. The chosen outcome and the map's version are stored with the signal.
 */
export function RouteStep({ signal, user, onChanged }: { signal: SignalCase; user: SessionUser; onChanged: (change: CaseChange) => void }) {
  const { t } = useTranslation('signals');
  const regions = useRegions();
  const maps = useRouteMaps();
  const municipalities = useMunicipalities();
  const [walking, setWalking] = useState<{ mapId: string; answers: string[] } | null>(null);
  const region = regions.data?.find((r) => r.id === user.region) ?? regions.data?.find((r) => r.fallback) ?? null;
  const mapIds = region?.routemaps ?? [];
  const [chosenMap, setChosenMap] = useState('');
  const subregion = municipalities.data?.find((m) => m.code === user.municipality)?.subregion ?? null;
  const title = (id: string) => maps.data?.find((m) => m.id === id)?.title ?? id;

  if (regions.isPending || maps.isPending) return <LoadingState />;

  if (walking) {
    return (
      <RouteWalker
        signalId={signal.id}
        mapId={walking.mapId}
        initialAnswers={walking.answers}
        subregion={subregion}
        onCancel={() => setWalking(null)}
        onChosen={(next) => {
          setWalking(null);
          onChanged({ signal: next, message: t('route.chosen') });
        }}
      />
    );
  }

  const suggestion = signal.routeSuggestion;
  const firstMap = chosenMap || mapIds[0] || '';
  return (
    <div className="sr-route-step">
      {signal.route ? <ChosenRoute route={signal.route} title={title(signal.route.mapId)} subregion={subregion} /> : <Paragraph>{t('route.none')}</Paragraph>}
      {suggestion && (
        <div className="sr-route-step__start">
          <Paragraph>
            {t('route.suggestion', { map: title(suggestion.mapId), count: suggestion.answers.length })}
          </Paragraph>
          <Button type="button" appearance={signal.route ? 'secondary-action-button' : 'primary-action-button'} onClick={() => setWalking({ mapId: suggestion.mapId, answers: suggestion.answers })}>
            {t('route.startSuggestion')}
          </Button>
        </div>
      )}
      {mapIds.length > 0 && (
        <div className="sr-route-step__start sr-field-row sr-field-row--end">
          <SelectField id="route-kaart" label={t('route.chooseMap')} value={firstMap} onValueChange={setChosenMap} className="sr-field">
            {mapIds.map((id) => (
              <option key={id} value={id}>
                {title(id)}
              </option>
            ))}
          </SelectField>
          <Button type="button" appearance="secondary-action-button" onClick={() => setWalking({ mapId: firstMap, answers: [] })}>
            {t('route.startMap')}
          </Button>
        </div>
      )}
    </div>
  );
}
