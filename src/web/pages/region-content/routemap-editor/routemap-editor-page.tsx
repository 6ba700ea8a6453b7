import './routemap-editor.css';
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftSaveBar } from '../draft-save-bar';
import { useParams } from 'react-router';
import { contactName } from '../../../../domain/content/compile-contact';
import type { Language } from '../../../../domain/content/localized';
import { contactChoices, withUsedNationalPartners } from '../../../../domain/content/pack-contacts';
import type { RegionPackState } from '../../../../domain/content/region-pack-state';
import { addNode, deleteNode, moveNode, nodesLeadingTo, textIn, type NodeType } from '../../../../domain/routemap/edit-map';
import { issuesOfMap } from '../../../../domain/routemap/map-issues';
import type { RouteMapFile } from '../../../../domain/routemap/schema';
import { AppLink } from '../../../components/app-link';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { MapOutline } from './map-outline';
import { NodeForm } from './node-form';
import { nodeText } from './node-text';
import { ProblemList } from './problem-list';
import { RouteDiagram } from './route-diagram';
import { useLeaveWarning } from '../use-leave-warning';
import { RegionPackPage } from './region-pack-page';
import { usePackDraft } from './use-pack-draft';

export function RouteMapEditorPage() {
  const { mapId = '' } = useParams();
  // Keyed by the map, so another map starts from the server's pack, not from edits to the last one.
  return <RegionPackPage>{(region, state) => <Editor key={mapId} region={region} state={state} mapId={mapId} />}</RegionPackPage>;
}

function Editor({ region, state, mapId }: { region: string; state: RegionPackState; mapId: string }) {
  const { t, i18n } = useTranslation('routemapEditor');
  const lang = i18n.language as Language;
  const draft = usePackDraft(region, state);
  const { pack, setPack, issues, dirty } = draft;
  const mapIndex = pack.routemaps.findIndex((m) => m.id === mapId);
  const map = pack.routemaps[mapIndex];
  const [selected, setSelected] = useState<string | null>(null);
  const [view, setView] = useState<'diagram' | 'outline'>(() => (window.matchMedia?.('(min-width: 64em)').matches ? 'diagram' : 'outline'));
  const [deleting, setDeleting] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const formHeadingRef = useRef<HTMLHeadingElement>(null);
  const [focusForm, setFocusForm] = useState(0);
  const leaveWarning = useLeaveWarning(dirty);
  const title = map ? textIn(map.title, lang) || textIn(map.title, 'nl') : mapId;
  useDocumentTitle(t('editor.title', { title }));

  const mapIssues = useMemo(() => (map ? issuesOfMap(issues, mapIndex, map) : null), [issues, mapIndex, map]);
  const choices = useMemo(() => contactChoices(pack, state.context), [pack, state.context]);
  const contactNames = useMemo(
    () => new Map(choices.flatMap(({ partner, contacts }) => contacts.map((c) => [c.id, contactName(partner.name, textIn(c.label, lang) || textIn(c.label, 'nl'))] as const))),
    [choices, lang],
  );

  // Focus moves to the form once it shows the node chosen ("Bewerken", a problem's link, a new node).
  useEffect(() => {
    if (focusForm > 0) formHeadingRef.current?.focus();
  }, [focusForm]);
  // After the delete dialog: an effect of this page runs after the dialog has closed (and put focus back on its opener).
  const [focusAfterDialog, setFocusAfterDialog] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (focusAfterDialog) document.getElementById(focusAfterDialog.id)?.focus();
  }, [focusAfterDialog]);

  if (!map || !mapIssues) {
    return (
      <div className="sr-container">
        <Heading1>{t('editor.notFoundTitle')}</Heading1>
        <Paragraph>{t('editor.notFound', { id: mapId })}</Paragraph>
        <Paragraph>
          <AppLink to="/regio/inhoud">{t('editor.back')}</AppLink>
        </Paragraph>
      </div>
    );
  }

  const edit = (change: (m: RouteMapFile) => RouteMapFile) => {
    setNotice('');
    setPack((p) => withUsedNationalPartners({ ...p, routemaps: p.routemaps.map((m, i) => (i === mapIndex ? change(m) : m)) }, state.context));
  };
  const select = (id: string) => {
    setSelected(id);
    setFocusForm((n) => n + 1);
  };
  const add = (type: NodeType) => {
    const { id } = addNode(map, type, selected ?? undefined);
    edit((m) => addNode(m, type, selected ?? undefined).map);
    select(id);
  };
  const move = (id: string, delta: -1 | 1) => {
    edit((m) => moveNode(m, id, delta));
    setNotice(t('editor.moved', { id }));
  };
  const confirmDelete = () => {
    if (!deleting) return;
    edit((m) => deleteNode(m, deleting));
    setNotice(t('editor.deleted', { id: deleting }));
    if (selected === deleting) setSelected(null);
    setDeleting(null);
    setFocusAfterDialog({ id: 'problemen' });
  };
  const leadingToDeleted = deleting ? nodesLeadingTo(map, deleting) : [];
  const deletingNode = map.nodes.find((n) => n.id === deleting);

  return (
    <div className="sr-container sr-map-editor">
      <Paragraph className="sr-map-editor__back">
        <AppLink to="/regio/inhoud">{t('editor.back')}</AppLink>
      </Paragraph>
      <Heading1>{t('editor.title', { title })}</Heading1>
      <Paragraph>{t('editor.intro')}</Paragraph>
      <DraftSaveBar
        draft={draft}
        publishedVersion={state.published.version}
        notice={notice}
        onSaved={() => setNotice(mapIssues.byNode.size + mapIssues.map.length > 0 ? t('editor.savedWithProblems') : t('editor.saved'))}
        toolbarClassName="sr-map-editor__toolbar"
      >
        <Button type="button" appearance="secondary-action-button" onClick={() => add('question')}>
          {t('editor.addQuestion')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => add('outcome')}>
          {t('editor.addOutcome')}
        </Button>
        <AppLink to={`/regio/inhoud/voorbeeld/${encodeURIComponent(mapId)}`} className="sr-map-editor__preview">
          {t('editor.preview')}
        </AppLink>
      </DraftSaveBar>
      <ProblemList issues={mapIssues} onShowNode={select} />
      <div className="sr-map-editor__views" role="group" aria-label={t('editor.view')}>
        <Button type="button" appearance="subtle-button" aria-pressed={view === 'diagram'} onClick={() => setView('diagram')}>
          {t('editor.viewDiagram')}
        </Button>
        <Button type="button" appearance="subtle-button" aria-pressed={view === 'outline'} onClick={() => setView('outline')}>
          {t('editor.viewOutline')}
        </Button>
      </div>
      <div className="sr-map-editor__workspace">
        <div className="sr-map-editor__view">
          {view === 'diagram' ? (
            <RouteDiagram map={map} issues={mapIssues} selected={selected} onEdit={edit} onSelect={select} />
          ) : (
            <MapOutline map={map} issues={mapIssues} selected={selected} onEdit={edit} onSelect={select} onMove={move} onDelete={setDeleting} contactName={(id) => contactNames.get(id) ?? id} />
          )}
        </div>
        <div className="sr-map-editor__form">
          {selected && map.nodes.some((n) => n.id === selected) ? (
            <NodeForm
              map={map}
              nodeId={selected}
              problems={mapIssues.byNode.get(selected) ?? []}
              contactChoices={choices}
              headingRef={formHeadingRef}
              onEdit={edit}
              onDelete={setDeleting}
            />
          ) : (
            <Paragraph className="sr-map-editor__hint">{t('editor.chooseNode')}</Paragraph>
          )}
        </div>
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title={t('delete.title', { id: deleting ?? '' })}
        confirmLabel={t('delete.confirm')}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        <Paragraph>{deletingNode ? t('delete.text', { text: nodeText(deletingNode, lang) || t('node.untitled') }) : ''}</Paragraph>
        {leadingToDeleted.length > 0 && <Paragraph>{t('delete.dangling', { nodes: leadingToDeleted.map((n) => n.id).join(', ') })}</Paragraph>}
      </ConfirmDialog>
      {leaveWarning}
    </div>
  );
}
