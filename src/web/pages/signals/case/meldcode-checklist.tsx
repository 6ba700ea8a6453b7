import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useKnowledge } from '../../../api/queries';
import type { SignalCase } from '../../../api/signal-types';
import { LoadingState } from '../../../components/loading-state';
import type { CaseChange } from './case-view';
import { MeldcodeStepItem } from './meldcode-step-item';

/**
 * The meldcode (seed 003) for signals of criminal exploitation: its five steps, each recorded with
 * the date it was done and a note.
 */
export function MeldcodeChecklist({ signal, onChanged }: { signal: SignalCase; onChanged: (change: CaseChange) => void }) {
  const { t } = useTranslation('signals');
  const knowledge = useKnowledge();
  if (!knowledge.data) return <LoadingState />;
  const steps = knowledge.data.meldcode.steps;
  return (
    <>
      <Paragraph>{t('meldcode.intro')}</Paragraph>
      <ol className="sr-plain-list sr-meldcode">
        {steps.map((step) => (
          <li key={step.number}>
            <MeldcodeStepItem signalId={signal.id} step={step} done={signal.meldcode.find((m) => m.step === step.number) ?? null} onChanged={onChanged} />
          </li>
        ))}
      </ol>
    </>
  );
}
