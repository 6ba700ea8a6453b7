import { StatusBadge } from '@utrecht/component-library-react';
import { useStateLabel } from './use-state-label';
import type { SignalState } from '../../api/signal-types';

/** The status of a signal in words (never by colour alone). */
export function StateBadge({ state }: { state: SignalState }) {
  const label = useStateLabel();
  return (
    <StatusBadge status={state} className="sr-state">
      {label(state)}
    </StatusBadge>
  );
}
