import './partners-editor.css';
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftSaveBar } from '../draft-save-bar';
import { addPartner, removeContact, removePartner } from '../../../../domain/content/edit-partners';
import type { Language } from '../../../../domain/content/localized';
import { partnerFieldIssues } from '../../../../domain/content/partner-field-issues';
import type { RegionPack } from '../../../../domain/content/region-pack-schema';
import type { RegionPackState } from '../../../../domain/content/region-pack-state';
import { staleContactsOfPack } from '../../../../domain/content/stale-contacts';
import { dutchDate } from '../../../../domain/time/dutch-calendar';
import { AppLink } from '../../../components/app-link';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { RegionPackPage } from '../routemap-editor/region-pack-page';
import { useLeaveWarning } from '../use-leave-warning';
import { usePackDraft } from '../routemap-editor/use-pack-draft';
import { fieldId, fieldOfPath } from './field-ids';
import { ProblemLinks } from './problem-links';
import { PartnerSection } from './partner-section';

export function PartnersEditorPage() {
  return <RegionPackPage>{(region, state) => <Editor region={region} state={state} />}</RegionPackPage>;
}

type Deleting = { partner: number; contact: number | null };

/** The ids every contact of the installation has outside this pack: new ids must not take one. */
function takenIds(state: RegionPackState, pack: RegionPack): Set<string> {
  const own = new Set(pack.partners.map((p) => p.id));
  return new Set(state.context.partners.flatMap((f) => f.data.partners).filter((p) => !own.has(p.id)).flatMap((p) => [p.id, ...p.contacts.map((c) => c.id)]));
}

function Editor({ region, state }: { region: string; state: RegionPackState }) {
  const { t, i18n } = useTranslation('regionContent');
  const lang = i18n.language as Language;
  const draft = usePackDraft(region, state);
  const { pack, setPack, issues, dirty } = draft;
  const checked = useDeferredValue(pack);
  const fieldIssues = useMemo(() => partnerFieldIssues(checked), [checked]);
  const [notice, setNotice] = useState('');
  const [deleting, setDeleting] = useState<Deleting | null>(null);
  const leaveWarning = useLeaveWarning(dirty);
  const taken = useMemo(() => takenIds(state, pack), [state, pack]);
  useDocumentTitle(t('partners.title'));

  // A day in the Netherlands: "today" on the check date is the Dutch calendar's.
  const today = dutchDate(new Date());
  const stale = staleContactsOfPack(pack, today, lang);
  const partnerIssues = useMemo(() => [...fieldIssues, ...issues.filter((i) => i.path[0] === 'partners')], [fieldIssues, issues]);
  const elsewhere = issues.length - issues.filter((i) => i.path[0] === 'partners').length;
  const edit = (change: (p: RegionPack) => RegionPack) => {
    setNotice('');
    setPack(change);
  };
  const add = () => {
    const { pack: next, index } = addPartner(pack, taken);
    edit(() => next);
    setNotice(t('partners.added'));
    queueMicrotask(() => document.getElementById(fieldId(index, null, 'name'))?.focus());
  };
  const confirmDelete = () => {
    if (!deleting) return;
    const { partner, contact } = deleting;
    const name = pack.partners[partner]?.name ?? '';
    edit((p) => (contact === null ? removePartner(p, partner) : removeContact(p, partner, contact)));
    setNotice(contact === null ? t('partners.partnerDeleted', { name }) : t('partners.contactDeleted'));
    setDeleting(null);
    queueMicrotask(() => document.getElementById('partners-title')?.focus());
  };
  const deletingPartner = deleting ? pack.partners[deleting.partner] : undefined;

  return (
    <div className="sr-container sr-partners-editor">
      <Paragraph>
        <AppLink to="/regio/inhoud">{t('back')}</AppLink>
      </Paragraph>
      <Heading1 id="partners-title" tabIndex={-1}>
        {t('partners.title')}
      </Heading1>
      <Paragraph>{t(pack.region.fallback ? 'partners.introNational' : 'partners.intro')}</Paragraph>
      <Paragraph className="sr-partners-editor__stale">{stale.length === 0 ? t('partners.noneStale') : t('partners.stale', { count: stale.length })}</Paragraph>
      <DraftSaveBar draft={draft} publishedVersion={state.published.version} notice={notice} onSaved={() => setNotice(partnerIssues.length + elsewhere > 0 ? t('savedWithProblems') : t('saved'))} />
      <ProblemLinks issues={partnerIssues} elsewhere={elsewhere} fieldOf={fieldOfPath} none={t('problems.none')} />
      {pack.partners.map((partner, i) => (
        <PartnerSection
          key={i}
          index={i}
          partner={partner}
          pack={pack}
          regions={state.context.regions.data.regions}
          issues={partnerIssues.filter((issue) => issue.path[1] === i)}
          today={today}
          taken={taken}
          onEdit={edit}
          onNotice={setNotice}
          onDelete={(contact) => setDeleting({ partner: i, contact })}
        />
      ))}
      <div className="sr-actions">
        <Button type="button" appearance="secondary-action-button" onClick={add}>
          {t('partners.add')}
        </Button>
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title={deleting?.contact === null ? t('partners.deletePartnerTitle', { name: deletingPartner?.name || deletingPartner?.id }) : t('partners.deleteContactTitle')}
        confirmLabel={t('partners.deleteConfirm')}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        {deleting?.contact === null ? t('partners.deletePartnerText') : t('partners.deleteContactText')}
      </ConfirmDialog>
      {leaveWarning}
    </div>
  );
}

