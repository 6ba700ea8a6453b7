import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMunicipalities, useRegions, useRouteMaps } from '../api/queries';
import { AfContactSection } from '../components/af-contact-section';
import { AppLink } from '../components/app-link';
import { EmergencyBanner } from '../components/emergency-banner';
import { LoadingState } from '../components/loading-state';
import { MunicipalityPicker } from '../components/municipality-picker';
import { RegionRouteMaps } from '../components/region-route-maps';
import { SubmitSignalCallout } from '../components/signals/submit-signal-callout';
import { StaleContactsSection } from '../components/stale-contacts-section';
import { TrainingCallout } from '../components/training-callout';
import { useDocumentTitle } from '../hooks/use-document-title';

export function HomePage() {
  const { t } = useTranslation();
  const knowledgeId = useId();
  useDocumentTitle(t('home.title'));
  const held = useHeldUntilListsLoad();
  return (
    <div className="sr-container">
      <EmergencyBanner />
      <Heading1>{t('home.title')}</Heading1>
      <Paragraph lead>{t('home.intro')}</Paragraph>
      <Paragraph>{t('home.hunch')}</Paragraph>
      <AfContactSection />
      <StaleContactsSection />
      {held ? (
        <LoadingState />
      ) : (
        <>
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
        </>
      )}
    </div>
  );
}

/**
 * The municipality list, the regions and the route maps decide how tall the picker and the maps
 * become: the rest of the page waits for them on the first load, or it would jump down under the
 * reader when they come (layout shift). Not without a connection (then nothing would come), and
 * not again once shown (a language change reloads the lists).
 */
function useHeldUntilListsLoad(): boolean {
  const queries = [useMunicipalities(), useRegions(), useRouteMaps()];
  const shown = useRef(false);
  if (!queries.some((q) => q.isPending && q.fetchStatus === 'fetching')) shown.current = true;
  return !shown.current;
}
