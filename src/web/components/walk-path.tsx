import { Heading2, OrderedList, OrderedListItem } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathStep } from '../../domain/routemap/walk';

/** The questions answered so far with their answers: what the user took to get here. */
export function WalkPath({ path }: { path: PathStep[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (path.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="sr-path">
      <Heading2 id={headingId}>{t('walk.pathHeading')}</Heading2>
      <OrderedList className="sr-path__list">
        {path.map((step) => (
          <OrderedListItem key={step.questionId}>
            <span className="sr-path__question">{step.question}</span>{' '}
            <span className="sr-path__answer">
              {t('walk.answer')} <strong>{step.answer}</strong>
            </span>
          </OrderedListItem>
        ))}
      </OrderedList>
    </section>
  );
}
