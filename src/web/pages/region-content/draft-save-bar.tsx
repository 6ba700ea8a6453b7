import './draft-save-bar.css';
import { Button, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../domain/content/localized';
import { ApiError } from '../../api/client';
import { FormAlert } from '../../components/form-alert';
import { formatDateTime } from '../../lib/format-date-time';
import type { usePackDraft } from './routemap-editor/use-pack-draft';

interface Props {
  /** The editor's draft (usePackDraft). */
  draft: Pick<ReturnType<typeof usePackDraft>, 'pack' | 'dirty' | 'save' | 'updatedAt'>;
  publishedVersion: number;
  /** What the last action did, read out by screen readers. */
  notice: string;
  /** What to say once the draft is saved (with or without problems). */
  onSaved: () => void;
  /** More actions beside "Concept opslaan". */
  children?: ReactNode;
  toolbarClassName?: string;
}

/**
 * Where every editor of the region's content says where the draft stands (unsaved changes, last
 * saved, or none yet), what the last action did, and saves the whole pack.
 */
export function DraftSaveBar({ draft, publishedVersion, notice, onSaved, children, toolbarClassName }: Props) {
  const { pack, dirty, save, updatedAt } = draft;
  const saving = save.isPending;
  const error = save.error;
  const { t, i18n } = useTranslation('routemapEditor');
  const lang = i18n.language as Language;
  const saveError = error instanceof ApiError && error.message ? error.message : error ? t('editor.saveFailed') : null;
  return (
    <>
      <Paragraph className="sr-pack-draft-status">
        {dirty ? t('editor.unsaved') : updatedAt ? t('editor.draftSaved', { when: formatDateTime(updatedAt, lang) }) : t('editor.noDraft', { version: publishedVersion })}
      </Paragraph>
      <Paragraph role="status" className="sr-notice">
        {notice}
      </Paragraph>
      <FormAlert message={saveError} />
      <div className={toolbarClassName ? `sr-actions ${toolbarClassName}` : 'sr-actions'}>
        <Button type="button" appearance="primary-action-button" busy={saving} disabled={saving} onClick={() => save.mutate(pack, { onSuccess: onSaved })}>
          {saving ? t('editor.saving') : t('editor.save')}
        </Button>
        {children}
      </div>
    </>
  );
}
