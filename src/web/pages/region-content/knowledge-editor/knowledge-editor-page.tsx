import '../partners-editor/partners-editor.css';
import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftSaveBar } from '../draft-save-bar';
import { knowledgeFieldIssues, type KnowledgeList } from '../../../../domain/content/edit-knowledge';
import type { Language } from '../../../../domain/content/localized';
import type { PackKnowledge, RegionPack } from '../../../../domain/content/region-pack-schema';
import type { RegionPackState } from '../../../../domain/content/region-pack-state';
import { textIn } from '../../../../domain/routemap/edit-map';
import { AppLink } from '../../../components/app-link';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { ProblemLinks } from '../partners-editor/problem-links';
import { RegionPackPage } from '../routemap-editor/region-pack-page';
import { useLeaveWarning } from '../use-leave-warning';
import { usePackDraft } from '../routemap-editor/use-pack-draft';
import { knowledgeFieldOf } from './knowledge-field-ids';
import { ListEditor } from './list-editor';

export function KnowledgeEditorPage() {
  return <RegionPackPage>{(region, state) => <Page region={region} state={state} />}</RegionPackPage>;
}

function Page({ region, state }: { region: string; state: RegionPackState }) {
  const pack = state.draft?.pack ?? state.published.pack;
  return pack.region.fallback && pack.knowledge ? <Editor region={region} state={state} /> : <NotNational />;
}

/** Knowledge is national for now (ADR 23): a region's regiobeheerder is told where it is kept. */
function NotNational() {
  const { t } = useTranslation('regionContent');
  useDocumentTitle(t('knowledge.title'));
  return (
    <div className="sr-container">
      <Paragraph>
        <AppLink to="/regio/inhoud">{t('back')}</AppLink>
      </Paragraph>
      <Heading1>{t('knowledge.title')}</Heading1>
      <Paragraph>{t('knowledge.national')}</Paragraph>
      <Paragraph>
        <AppLink to="/kennis">{t('knowledge.read')}</AppLink>
      </Paragraph>
    </div>
  );
}

function Editor({ region, state }: { region: string; state: RegionPackState }) {
  const { t, i18n } = useTranslation('regionContent');
  const lang = i18n.language as Language;
  const draft = usePackDraft(region, state);
  const { pack, setPack, issues, dirty } = draft;
  const knowledge = pack.knowledge!;
  const checked = useDeferredValue(knowledge);
  const ownIssues = useMemo(() => [...knowledgeFieldIssues(checked), ...issues.filter((i) => i.path[0] === 'knowledge')], [checked, issues]);
  const elsewhere = issues.filter((i) => i.path[0] !== 'knowledge').length;
  const [notice, setNotice] = useState('');
  const leaveWarning = useLeaveWarning(dirty);
  useDocumentTitle(t('knowledge.title'));
  const edit = (change: (k: PackKnowledge) => PackKnowledge) => {
    setNotice('');
    setPack((p: RegionPack) => ({ ...p, knowledge: change(p.knowledge!) }));
  };
  const list = (l: KnowledgeList, label: string) => (
    <ListEditor list={l} label={label} knowledge={knowledge} sources={pack.sources} issues={ownIssues} onEdit={edit} onNotice={setNotice} />
  );

  return (
    <div className="sr-container sr-knowledge-editor">
      <Paragraph>
        <AppLink to="/regio/inhoud">{t('back')}</AppLink>
      </Paragraph>
      <Heading1>{t('knowledge.title')}</Heading1>
      <Paragraph>{t('knowledge.intro')}</Paragraph>
      <DraftSaveBar draft={draft} publishedVersion={state.published.version} notice={notice} onSaved={() => setNotice(ownIssues.length + elsewhere > 0 ? t('savedWithProblems') : t('saved'))} />
      <ProblemLinks issues={ownIssues} elsewhere={elsewhere} fieldOf={knowledgeFieldOf} none={t('problems.noneKnowledge')} />
      <section aria-labelledby="kennis-signalen" className="sr-section">
        <Heading2 id="kennis-signalen">{t('knowledge.signals')}</Heading2>
        {knowledge.forms.map((form, i) => (
          <section key={form.id} aria-labelledby={`kennis-vorm-${form.id}`}>
            <Heading3 id={`kennis-vorm-${form.id}`}>{textIn(form.name, lang) || textIn(form.name, 'nl')}</Heading3>
            {list({ kind: 'signals', form: i }, t('knowledge.signal'))}
          </section>
        ))}
      </section>
      <section aria-labelledby="kennis-risicogroepen" className="sr-section">
        <Heading2 id="kennis-risicogroepen">{t('knowledge.riskGroups')}</Heading2>
        {list({ kind: 'riskGroups' }, t('knowledge.riskGroup'))}
      </section>
      <section aria-labelledby="kennis-sectoren" className="sr-section">
        <Heading2 id="kennis-sectoren">{t('knowledge.sectors')}</Heading2>
        {list({ kind: 'sectors' }, t('knowledge.sector'))}
      </section>
      <section aria-labelledby="kennis-gesprek" className="sr-section">
        <Heading2 id="kennis-gesprek">{t('knowledge.conversation')}</Heading2>
        <Heading3>{t('knowledge.promoting')}</Heading3>
        {list({ kind: 'promoting' }, t('knowledge.tip'))}
        <Heading3>{t('knowledge.hindering')}</Heading3>
        {list({ kind: 'hindering' }, t('knowledge.tip'))}
      </section>
      {leaveWarning}
    </div>
  );
}
