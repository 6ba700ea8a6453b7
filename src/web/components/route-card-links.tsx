import { Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality } from '../api/types';

/**
 * The region's printable route card and front-desk poster (PDF, made by the server from the
 * content in force); for the chosen municipality of that region they name its AF.
 */
export function RouteCardLinks({ region, municipality }: { region: string; municipality: Municipality | null }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const own = municipality?.region === region ? municipality : null;
  const href = (format: 'a4' | 'a5') => {
    const query = new URLSearchParams({ format, lang: i18n.language === 'en' ? 'en' : 'nl' });
    if (own) query.set('municipality', own.code);
    return `/api/v1/regions/${encodeURIComponent(region)}/route-card.pdf?${query.toString()}`;
  };
  return (
    <section aria-labelledby={headingId} className="sr-section sr-no-print">
      <Heading2 id={headingId}>{t('routeCard.heading')}</Heading2>
      {own && <Paragraph>{t('routeCard.forMunicipality', { municipality: own.name })}</Paragraph>}
      <ul className="sr-links">
        <li>
          <Link href={href('a4')} type="application/pdf">
            {t('routeCard.a4')}
          </Link>
        </li>
        <li>
          <Link href={href('a5')} type="application/pdf">
            {t('routeCard.a5')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
