import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { SignalCase } from '../../../api/signal-types';
import type { CaseChange } from './case-view';
import { HandoverCard } from './handover-card';

/** Every handover of the signal: to whom, how, by when, and what came back. */
export function HandoverList({ signal, onChanged }: { signal: SignalCase; onChanged: (change: CaseChange) => void }) {
  const { t } = useTranslation('signals');
  if (signal.handovers.length === 0) return <Paragraph>{t('handovers.none')}</Paragraph>;
  return (
    <ul className="sr-plain-list sr-handovers">
      {signal.handovers.map((handover) => (
        <li key={handover.id}>
          <HandoverCard signalId={signal.id} handover={handover} onChanged={onChanged} />
        </li>
      ))}
    </ul>
  );
}
