import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VignetteView } from '../../../domain/training/course';
import { vignetteVerdict } from '../../../domain/training/verdict';
import { walk } from '../../../domain/routemap/walk';
import { useRouteMap } from '../../api/queries';
import { LoadingState } from '../../components/loading-state';
import { QueryError } from '../../components/query-error';
import { QuestionStep } from '../../components/question-step';

interface Props {
  vignette: VignetteView;
  /** Told once the trainee reached the right outcome: the module may go on. */
  onSolved: () => void;
}

/**
 * A case walked on the region's real route map, with the route map pages' own walk engine and
 * question step: the trainee answers the map's questions, and at the outcome sees whether it is
 * the right one, why, and, for a wrong one, which answer went wrong and why.
 */
export function VignetteWalk({ vignette, onSolved }: Props) {
  const { t } = useTranslation('training');
  const map = useRouteMap(vignette.map.id);
  const [answers, setAnswers] = useState<string[]>([]);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const verdictRef = useRef<HTMLDivElement>(null);
  const result = useMemo(() => (map.data ? walk(map.data, answers, { subregion: null }) : null), [map.data, answers]);
  const verdict = useMemo(() => (map.data ? vignetteVerdict(map.data, vignette, answers) : undefined), [map.data, vignette, answers]);
  const solved = verdict?.correct === true;

  useEffect(() => {
    if (solved) onSolved();
  }, [solved, onSolved]);

  // Focus follows the walk: the next question, or the verdict at the end. Not on the first
  // question: the case's heading has the focus then.
  useEffect(() => {
    if (verdict) verdictRef.current?.focus();
    else if (answers.length > 0) questionRef.current?.focus();
  }, [answers.length, verdict]);

  if (map.isPending) return <LoadingState />;
  if (map.isError) return <QueryError error={map.error} />;
  if (!result || result.status === 'error') return null;

  return (
    <div className="sr-training-walk">
      {result.status === 'question' && (
        <>
          <QuestionStep
            key={`${result.question.id}-${answers.length}`}
            question={result.question}
            step={result.step}
            previous={null}
            headingRef={questionRef}
            onAnswer={(option) => setAnswers((a) => [...a, option])}
          />
          {answers.length > 0 && (
            <div className="sr-actions">
              <Button type="button" appearance="subtle-button" onClick={() => setAnswers((a) => a.slice(0, -1))}>
                {t('previousQuestion')}
              </Button>
            </div>
          )}
        </>
      )}
      {verdict && (
        <div ref={verdictRef} tabIndex={-1} className="sr-training-verdict">
          <Alert type={verdict.correct ? 'ok' : 'error'}>
            <Heading3>{verdict.correct ? t('right') : t('wrong')}</Heading3>
            <Paragraph>{t('reached', { outcome: verdict.reached.title })}</Paragraph>
            {!verdict.correct && <Paragraph>{t('rightOutcome', { outcome: verdict.right.title })}</Paragraph>}
            {!verdict.correct && verdict.mistake && (
              <Paragraph>
                {t('mistake', { question: verdict.mistake.question, chosen: verdict.mistake.chosen, right: verdict.mistake.right })}
                {verdict.mistake.why && <> {verdict.mistake.why}</>}
              </Paragraph>
            )}
          </Alert>
          <Heading3>{t('explanation')}</Heading3>
          <Paragraph>{vignette.explanation}</Paragraph>
          {!verdict.correct && (
            <div className="sr-actions">
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => {
                  setAnswers([]);
                  // The first question again; it has the focus once it is there.
                  requestAnimationFrame(() => questionRef.current?.focus());
                }}
              >
                {t('retry')}
              </Button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
