import { Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import type { KnowledgeView } from '../../api/types';
import { SourceNote } from './source-note';

type Steps = KnowledgeView['meldcode'];

/** A numbered procedure: the meldcode steps or the AF step plan. */
export function StepsSection({ steps }: { steps: Steps }) {
  return (
    <>
      <Paragraph lead>{steps.intro}</Paragraph>
      <OrderedList className="sr-steps">
        {steps.steps.map((step) => (
          <OrderedListItem key={step.number} className="sr-steps__item">
            <Heading2 className="sr-steps__title">{step.title}</Heading2>
            {step.text && <Paragraph>{step.text}</Paragraph>}
          </OrderedListItem>
        ))}
      </OrderedList>
      <SourceNote source={steps.source} />
    </>
  );
}
