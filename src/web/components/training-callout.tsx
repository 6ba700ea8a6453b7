import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import { getTrainingProgress, TRAINING_PROGRESS_KEY } from '../api/training-api';
import { AppLink } from './app-link';

/**
 * The staff course on the home page, with the employee's own progress (issue 11): staff who meet
 * the risk groups should be trained. Nothing for visitors without a login, nor for a
 * regiobeheerder, who belongs to no municipality.
 */
export function TrainingCallout() {
  const session = useSession();
  const user = session.data?.stage === 'ok' ? session.data.user : null;
  if (!user?.municipality) return null;
  return <TrainingProgress />;
}

function TrainingProgress() {
  const { t } = useTranslation();
  const headingId = useId();
  const progress = useQuery({ queryKey: TRAINING_PROGRESS_KEY, queryFn: getTrainingProgress, staleTime: 30_000 });
  const done = progress.data ? new Set(progress.data.completions.map((c) => c.module)).size : null;
  return (
    <section aria-labelledby={headingId} className="sr-section">
      <Heading2 id={headingId}>{t('home.trainingHeading')}</Heading2>
      <Paragraph>{t('home.trainingIntro')}</Paragraph>
      {progress.data && done !== null && (
        <Paragraph>{done >= progress.data.modules ? t('home.trainingDone') : t('home.trainingProgress', { done, total: progress.data.modules })}</Paragraph>
      )}
      <Paragraph>
        <AppLink to="/cursus">{t('home.trainingLink')}</AppLink>
      </Paragraph>
    </section>
  );
}
