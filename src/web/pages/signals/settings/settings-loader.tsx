import { useQuery } from '@tanstack/react-query';
import { getSettings } from '../../../api/signals-api';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { SettingsForm } from './settings-form';

/** Reads the settings before the form shows them. */
export function SettingsLoader() {
  const settings = useQuery({ queryKey: ['settings'], queryFn: getSettings });
  if (settings.isPending) return <LoadingState />;
  if (settings.isError) return <QueryError error={settings.error} />;
  return <SettingsForm initial={settings.data} />;
}
