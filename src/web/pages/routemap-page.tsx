import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { walk } from '../../domain/routemap/walk';
import { ApiError } from '../api/client';
import { useRouteMap } from '../api/queries';
import { AppLink } from '../components/app-link';
import { EmergencyBanner } from '../components/emergency-banner';
import { LoadingState } from '../components/loading-state';
import { OutcomeView } from '../components/outcome-view';
import { QueryError } from '../components/query-error';
import { QuestionStep } from '../components/question-step';
import { RouteCardLinks } from '../components/route-card-links';
import { RouteMapOffline } from '../components/route-map-offline';
import { SubmitSignalCallout } from '../components/signals/submit-signal-callout';
import { WalkActions } from '../components/walk-actions';
import { WalkError } from '../components/walk-error';
import { WalkPath } from '../components/walk-path';
import { useDocumentTitle } from '../hooks/use-document-title';
import { formatDate } from '../lib/format-date';
import { ANSWERS_PARAM, answersParams, parseAnswers } from '../state/answers';
import { useMunicipality } from '../state/use-municipality';

/**
 * The route wizard. The map is fetched once; every step is computed in the browser with the
 * same pure walk engine as the server, so answering never waits on the network. The answers
 * live in the URL, which makes back/forward, reload and sharing a step work.
 */
export function RouteMapPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useRouteMap(id);
  const { municipality, loading: municipalityLoading } = useMunicipality();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const answersKey = searchParams.get(ANSWERS_PARAM) ?? '';
  const answers = useMemo(() => parseAnswers(answersKey), [answersKey]);
  const subregion = municipality?.subregion ?? null;
  // Wait for the chosen municipality too: its subregion decides which contacts an outcome shows,
  // and showing every Zorg- en Veiligheidshuis first and then fewer would mislead.
  const result = useMemo(
    () => (query.data && !municipalityLoading ? walk(query.data, answers, { subregion }) : null),
    [query.data, municipalityLoading, answers, subregion],
  );

  // The longest walk seen, so "back" can show the answer that was given before.
  const trail = useRef<string[]>(answers);
  const previous = isPrefix(answers, trail.current) ? (trail.current[answers.length] ?? null) : null;
  useEffect(() => {
    if (!isPrefix(answers, trail.current)) trail.current = answers;
  }, [answers]);

  // After each step, put focus on the new question (or outcome) heading; not on first load.
  const shownKey = useRef(answersKey);
  useEffect(() => {
    if (!result || shownKey.current === answersKey) return;
    shownKey.current = answersKey;
    headingRef.current?.focus();
  }, [answersKey, result]);

  const stepTitle =
    result?.status === 'question' ? t('walk.step', { step: result.step }) : result?.status === 'outcome' ? t('walk.outcome') : null;
  // Not loaded and no connection: the query waits for the network (paused) or the fetch failed.
  const offline = !query.data && ((query.isPending && query.fetchStatus === 'paused') || (query.error instanceof ApiError && query.error.status === 0));
  useDocumentTitle(query.data ? [stepTitle, query.data.title].filter(Boolean).join(' – ') : offline ? t('walk.offlineTitle') : t('walk.loadingTitle'));

  const go = (next: string[]) => setSearchParams(answersParams(next));

  return (
    <div className="sr-container sr-walk">
      <EmergencyBanner />
      {offline && <RouteMapOffline onRetry={() => void query.refetch()} />}
      {!offline && (query.isPending || (query.data && !result)) && <LoadingState />}
      {!offline && query.isError && (
        <>
          <Heading1>{t('walk.loadingTitle')}</Heading1>
          <QueryError error={query.error} />
        </>
      )}
      {query.data && result && (
        <>
          <Heading1>{query.data.title}</Heading1>
          <Paragraph className="sr-walk__description">{query.data.description}</Paragraph>
          {!municipality && (
            <Paragraph className="sr-walk__municipality sr-no-print">
              {t('walk.noMunicipality')} <AppLink to="/">{t('walk.chooseMunicipality')}</AppLink>
            </Paragraph>
          )}
          {municipality && (
            <Paragraph className="sr-walk__municipality sr-no-print">
              {t('walk.forMunicipality')} <span className="sr-nowrap">{municipality.name}</span>.{' '}
              <AppLink to="/">{t('walk.changeMunicipality')}</AppLink>
            </Paragraph>
          )}
          <Paragraph className="sr-print-only">
            {t('walk.printedOn', { date: formatDate(new Date().toISOString().slice(0, 10), i18n.language) })}
            {municipality && ` · ${municipality.name}`}
          </Paragraph>
          {result.status === 'question' && (
            <QuestionStep
              key={`${result.step}-${result.question.id}`}
              question={result.question}
              step={result.step}
              previous={previous}
              headingRef={headingRef}
              onAnswer={(optionId) => go([...answers, optionId])}
            />
          )}
          {result.status === 'outcome' && <OutcomeView outcome={result.outcome} headingRef={headingRef} />}
          {result.status === 'error' && <WalkError onRestart={() => go([])} />}
          {result.status !== 'error' && (
            <WalkActions
              canGoBack={answers.length > 0}
              canPrint={result.status === 'outcome'}
              onBack={() => go(answers.slice(0, -1))}
              onRestart={() => go([])}
            />
          )}
          {result.status === 'outcome' && <SubmitSignalCallout place="outcome" />}
          {result.status !== 'error' && <WalkPath path={result.path} />}
          <RouteCardLinks region={query.data.region} municipality={municipality} />
        </>
      )}
    </div>
  );
}

function isPrefix(short: readonly string[], long: readonly string[]): boolean {
  return short.length <= long.length && short.every((answer, index) => long[index] === answer);
}
