import { useTranslation } from 'react-i18next';
import type { KnowledgeView } from '../../api/types';

type Form = KnowledgeView['forms'][number];

/** The forms of exploitation an item is linked to, in words (not colour alone). */
export function FormTags({ forms, all }: { forms: Form['id'][]; all: Form[] }) {
  const { t } = useTranslation();
  const names = forms.map((id) => all.find((f) => f.id === id)?.name ?? id);
  return (
    <span className="sr-tags">
      {t('knowledge.linkedForms')} {names.join(', ')}
    </span>
  );
}
