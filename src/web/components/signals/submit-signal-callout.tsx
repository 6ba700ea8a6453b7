import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../app-link';

/**
 * The way from the route maps to the signal form (step 1 of seed 004): on the home page and at
 * the end of every walk. The form asks to log in first and brings the user back to it.
 */
export function SubmitSignalCallout({ place }: { place: 'home' | 'outcome' }) {
  const { t } = useTranslation('signals');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="sr-section sr-submit-callout sr-no-print">
      <Heading2 id={headingId}>{t(place === 'home' ? 'entry.homeHeading' : 'entry.outcomeHeading')}</Heading2>
      <Paragraph>{t(place === 'home' ? 'entry.homeText' : 'entry.outcomeText')}</Paragraph>
      <Paragraph>
        <AppLink to="/signaal-doorgeven" className="sr-submit-callout__link">
          {t(place === 'home' ? 'entry.homeLink' : 'entry.outcomeLink')}
        </AppLink>
      </Paragraph>
    </section>
  );
}
