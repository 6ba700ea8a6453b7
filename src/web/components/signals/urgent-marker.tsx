import { useTranslation } from 'react-i18next';

/** "Spoed": in words and with a strong border, never by colour alone. */
export function UrgentMarker() {
  const { t } = useTranslation('signals');
  return <span className="sr-urgent">{t('common.urgent')}</span>;
}
