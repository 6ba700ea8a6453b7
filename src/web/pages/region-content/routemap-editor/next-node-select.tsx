import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../domain/content/localized';
import { NO_NODE } from '../../../../domain/routemap/edit-map';
import type { RouteMapFile } from '../../../../domain/routemap/schema';
import { SelectField } from '../../../components/form/select-field';
import { nodeText } from './node-text';

interface Props {
  id?: string;
  label: string;
  map: RouteMapFile;
  /** The question the option belongs to: it cannot lead to itself. */
  from: string;
  value: string;
  onChange: (next: string) => void;
  error?: string | null;
  className?: string;
}

/** Where an answer leads: any other node of the map, or (until chosen) nowhere. */
export function NextNodeSelect({ id, label, map, from, value, onChange, error, className }: Props) {
  const { t, i18n } = useTranslation('routemapEditor');
  const lang = i18n.language as Language;
  const known = map.nodes.some((n) => n.id === value);
  return (
    <SelectField id={id} label={label} value={known ? value : NO_NODE} onValueChange={onChange} error={error} className={className}>
      <option value={NO_NODE}>{value === NO_NODE || known ? t('next.none') : t('next.missing', { id: value })}</option>
      {map.nodes
        .filter((n) => n.id !== from)
        .map((n) => (
          <option key={n.id} value={n.id}>
            {t(n.type === 'question' ? 'node.question' : 'node.outcome')} {n.id}: {nodeText(n, lang) || t('node.untitled')}
          </option>
        ))}
    </SelectField>
  );
}
