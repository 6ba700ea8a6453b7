import { useTranslation } from 'react-i18next';
import { STATE_LABELS } from '../../../domain/signal/workflow';
import type { SignalState } from '../../api/signal-types';

/**
 * The name of a state as users read it: the domain's Dutch label (STATE_LABELS, the one source
 * of the words), or its English translation when the UI is in English.
 */
export function useStateLabel(): (state: SignalState) => string {
  const { t, i18n } = useTranslation('signals');
  return (state) => (i18n.language === 'en' ? t(`state.${state}`, { defaultValue: STATE_LABELS[state] }) : STATE_LABELS[state]);
}
