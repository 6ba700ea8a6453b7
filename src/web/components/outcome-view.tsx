import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalkOutcome } from '../../domain/routemap/walk';
import { ContactCard } from './contact-card';

interface Props {
  outcome: WalkOutcome['outcome'];
  headingRef: Ref<HTMLHeadingElement>;
}

/** Where the walk ends: what to do and whom to contact. */
export function OutcomeView({ outcome, headingRef }: Props) {
  const { t } = useTranslation();
  return (
    <section className="sr-outcome" aria-labelledby={`uitkomst-${outcome.id}`}>
      <span className="sr-question__step">{t('walk.outcome')}</span>
      <Heading2 id={`uitkomst-${outcome.id}`} ref={headingRef} tabIndex={-1}>
        {outcome.title}
      </Heading2>
      <Paragraph className="sr-outcome__text">{outcome.text}</Paragraph>
      {outcome.contacts.length > 0 && (
        <div className="sr-contacts">
          {outcome.contacts.map((contact) => (
            <ContactCard key={contact.id} contact={contact} />
          ))}
        </div>
      )}
    </section>
  );
}
