import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { walk } from '../../../../domain/routemap/walk';
import { ApiError } from '../../../api/client';
import { useRouteMap } from '../../../api/queries';
import { chooseRoute } from '../../../api/signals-api';
import type { SignalCase } from '../../../api/signal-types';
import { FormAlert } from '../../../components/form-alert';
import { LoadingState } from '../../../components/loading-state';
import { OutcomeView } from '../../../components/outcome-view';
import { QueryError } from '../../../components/query-error';
import { QuestionStep } from '../../../components/question-step';
import { WalkPath } from '../../../components/walk-path';

interface Props {
  signalId: string;
  mapId: string;
  initialAnswers: string[];
  subregion: string | null;
  onCancel: () => void;
  onChosen: (signal: SignalCase) => void;
}

/** The route wizard inside the case: the same questions, engine and outcome view as the public one. */
export function RouteWalker({ signalId, mapId, initialAnswers, subregion, onCancel, onChosen }: Props) {
  const { t } = useTranslation('signals');
  const map = useRouteMap(mapId);
  const [answers, setAnswers] = useState<string[]>(initialAnswers);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const result = useMemo(() => (map.data ? walk(map.data, answers, { subregion }) : null), [map.data, answers, subregion]);

  // A suggestion may point past what the current map allows: then start from its first question.
  useEffect(() => {
    if (result?.status === 'error') setAnswers([]);
  }, [result]);

  // Focus: on the walk's title when it opens, then on each new question or outcome.
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!result) return;
    const key = answers.join('.');
    if (shown.current === null) titleRef.current?.focus();
    else if (shown.current !== key) headingRef.current?.focus();
    shown.current = key;
  }, [answers, result]);

  const choose = async () => {
    setBusy(true);
    setError(null);
    try {
      onChosen(await chooseRoute(signalId, mapId, answers));
    } catch (e) {
      setError(e instanceof ApiError && e.message ? e.message : t('errors.actionFailed'));
    } finally {
      setBusy(false);
    }
  };

  if (map.isPending) return <LoadingState />;
  if (map.isError) return <QueryError error={map.error} />;

  return (
    <div className="sr-case-walk">
      <Heading3 ref={titleRef} tabIndex={-1} className="sr-focus-heading">
        {t('route.walking', { map: map.data.title })}
      </Heading3>
      <Paragraph className="sr-hint">{map.data.description}</Paragraph>
      {result?.status === 'question' && (
        <QuestionStep
          key={`${result.step}-${result.question.id}`}
          question={result.question}
          step={result.step}
          previous={null}
          headingRef={headingRef}
          onAnswer={(optionId) => setAnswers([...answers, optionId])}
        />
      )}
      {result?.status === 'outcome' && (
        <>
          <OutcomeView outcome={result.outcome} headingRef={headingRef} />
          <FormAlert message={error} />
          <div className="sr-actions">
            <Button type="button" appearance="primary-action-button" busy={busy} aria-disabled={busy || undefined} onClick={() => !busy && void choose()}>
              {t('route.choose')}
            </Button>
          </div>
        </>
      )}
      <div className="sr-actions">
        {answers.length > 0 && (
          <Button type="button" appearance="secondary-action-button" onClick={() => setAnswers(answers.slice(0, -1))}>
            {t('route.back')}
          </Button>
        )}
        {answers.length > 0 && (
          <Button type="button" appearance="secondary-action-button" onClick={() => setAnswers([])}>
            {t('route.restart')}
          </Button>
        )}
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('route.cancel')}
        </Button>
      </div>
      {result && result.status !== 'error' && <WalkPath path={result.path} />}
    </div>
  );
}
