import './routemap-editor.css';
import { Alert, Heading1, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { problemText } from '../../../../domain/content/content-messages';
import type { Language } from '../../../../domain/content/localized';
import { previewPackMap } from '../../../../domain/content/preview-pack-map';
import type { RegionPackState } from '../../../../domain/content/region-pack-state';
import { walk } from '../../../../domain/routemap/walk';
import { AppLink } from '../../../components/app-link';
import { EmergencyBanner } from '../../../components/emergency-banner';
import { SelectField } from '../../../components/form/select-field';
import { OutcomeView } from '../../../components/outcome-view';
import { QuestionStep } from '../../../components/question-step';
import { WalkActions } from '../../../components/walk-actions';
import { WalkError } from '../../../components/walk-error';
import { WalkPath } from '../../../components/walk-path';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { ANSWERS_PARAM, answersParams, parseAnswers } from '../../../state/answers';
import { RegionPackPage } from './region-pack-page';
import { packOf } from './use-pack-draft';

export function RouteMapPreviewPage() {
  const { mapId = '' } = useParams();
  return <RegionPackPage>{(_region, state) => <Preview state={state} mapId={mapId} />}</RegionPackPage>;
}

/**
 * The draft walked exactly as a medewerker would walk it once published: the same compile step,
 * walk engine and step components as the public route map, for a municipality of the region
 * chosen here (contacts bound to a subregion differ per municipality).
 */
function Preview({ state, mapId }: { state: RegionPackState; mapId: string }) {
  const { t, i18n } = useTranslation('routemapEditor');
  const lang = i18n.language as Language;
  const [searchParams, setSearchParams] = useSearchParams();
  const [code, setCode] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const preview = useMemo(() => previewPackMap(packOf(state), state.context, mapId, lang), [state, mapId, lang]);
  const answersKey = searchParams.get(ANSWERS_PARAM) ?? '';
  const answers = useMemo(() => parseAnswers(answersKey), [answersKey]);
  const municipality = preview.status === 'ready' ? (preview.municipalities.find((m) => m.code === code) ?? null) : null;
  const result = useMemo(() => (preview.status === 'ready' ? walk(preview.map, answers, { subregion: municipality?.subregion ?? null }) : null), [preview, answers, municipality]);
  useDocumentTitle(t('preview.title', { title: preview.status === 'ready' ? preview.map.title : mapId }));

  // After each step, focus the new question or outcome, as the route map does; not on first load.
  const shownKey = useRef(answersKey);
  useEffect(() => {
    if (shownKey.current === answersKey) return;
    shownKey.current = answersKey;
    headingRef.current?.focus();
  }, [answersKey]);

  const go = (next: string[]) => setSearchParams(answersParams(next));
  const editorLink = (
    <AppLink to={`/regio/inhoud/routekaarten/${encodeURIComponent(mapId)}`}>{t('preview.toEditor')}</AppLink>
  );

  if (preview.status !== 'ready') {
    return (
      <div className="sr-container">
        <Heading1>{t('preview.title', { title: mapId })}</Heading1>
        {preview.status === 'not-found' ? (
          <Paragraph>{t('editor.notFound', { id: mapId })}</Paragraph>
        ) : (
          <Alert type="warning">
            <Paragraph>{t('preview.hasProblems', { count: preview.problems.length })}</Paragraph>
            <UnorderedList>
              {preview.problems.map((p, i) => (
                <UnorderedListItem key={i}>{problemText(p, lang)}</UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        )}
        <Paragraph>{editorLink}</Paragraph>
      </div>
    );
  }

  return (
    <div className="sr-container sr-walk">
      <Paragraph className="sr-map-editor__back">{editorLink}</Paragraph>
      <Heading1>{t('preview.title', { title: preview.map.title })}</Heading1>
      <Alert type="info">
        <Paragraph>{state.draft ? t('preview.ofDraft') : t('preview.ofPublished', { version: state.published.version })}</Paragraph>
      </Alert>
      <SelectField id="voorbeeld-gemeente" label={t('preview.municipality')} description={t('preview.municipalityHelp')} value={code} onValueChange={setCode} className="sr-preview__municipality">
        <option value="">{t('preview.noMunicipality')}</option>
        {preview.municipalities.map((m) => (
          <option key={m.code} value={m.code}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <div className="sr-preview__walk">
        <EmergencyBanner />
        <Paragraph className="sr-walk__description">{preview.map.description}</Paragraph>
        {result?.status === 'question' && (
          <QuestionStep key={`${result.step}-${result.question.id}`} question={result.question} step={result.step} previous={null} headingRef={headingRef} onAnswer={(id) => go([...answers, id])} />
        )}
        {result?.status === 'outcome' && <OutcomeView outcome={result.outcome} headingRef={headingRef} />}
        {result?.status === 'error' && <WalkError onRestart={() => go([])} />}
        {result && result.status !== 'error' && (
          <>
            <WalkActions canGoBack={answers.length > 0} canPrint={false} onBack={() => go(answers.slice(0, -1))} onRestart={() => go([])} />
            <WalkPath path={result.path} />
          </>
        )}
      </div>
    </div>
  );
}
