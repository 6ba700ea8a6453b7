import { Heading2 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** A part of the case page: a landmark-free section named by its heading, reachable by its id. */
export function CaseSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-titel`} className="sr-case-section">
      <Heading2 id={`${id}-titel`}>{title}</Heading2>
      {children}
    </section>
  );
}
