import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { KnowledgeView } from '../../api/types';
import { SourceNote } from './source-note';

/** What trafficking is, and the definition of each form of exploitation. */
export function FormsSection({ knowledge }: { knowledge: KnowledgeView }) {
  return (
    <>
      <Paragraph lead>{knowledge.trafficking.definition}</Paragraph>
      <SourceNote source={knowledge.trafficking.source} />
      {knowledge.forms.map((form) => (
        <section key={form.id} aria-labelledby={`vorm-${form.id}`} className="sr-section">
          <Heading2 id={`vorm-${form.id}`}>{form.name}</Heading2>
          <Paragraph>{form.definition}</Paragraph>
          <SourceNote source={form.source} />
        </section>
      ))}
    </>
  );
}
