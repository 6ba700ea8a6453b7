import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AfContactSection } from '../components/af-contact-section';
import { AppLink } from '../components/app-link';
import { EmergencyBanner } from '../components/emergency-banner';
import { MunicipalityPicker } from '../components/municipality-picker';
import { RegionRouteMaps } from '../components/region-route-maps';
import { SubmitSignalCallout } from '../components/signals/submit-signal-callout';
import { TrainingCallout } from '../components/training-callout';
import { useDocumentTitle } from '../hooks/use-document-title';

export function HomePage() {
  const { t } = useTranslation();
  const knowledgeId = useId();
  useDocumentTitle(t('home.title'));
  return (
    <div className="sr-container">
      <EmergencyBanner />
      <Heading1>{t('home.title')}</Heading1>
      <Paragraph lead>{t('home.intro')}</Paragraph>
      <Paragraph>{t('home.hunch')}</Paragraph>
      <AfContactSection />
      <MunicipalityPicker />
      <RegionRouteMaps />
      <SubmitSignalCallout place="home" />
      <TrainingCallout />
      <section aria-labelledby={knowledgeId} className="sr-section">
        <Heading2 id={knowledgeId}>{t('home.knowledgeHeading')}</Heading2>
        <ul className="sr-links">
          <li>
            <AppLink to="/kennis">{t('nav.knowledge')}</AppLink>
          </li>
          <li>
            <AppLink to="/kennis/signalen">{t('knowledge.signals.title')}</AppLink>
          </li>
          <li>
            <AppLink to="/partners">{t('nav.partners')}</AppLink>
          </li>
          <li>
            <AppLink to="/informatie">{t('home.infoPointLink')}</AppLink>
          </li>
        </ul>
      </section>
    </div>
  );
}
