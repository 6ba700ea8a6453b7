import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { RegisterLookup } from '../../../../domain/matching';

/**
 * The live registers (BAG, KVK) that could not help — not linked, not reachable, refused — said
 * plainly beside the candidates, which are shown all the same. A short status first; then the
 * API's Dutch sentence with the detail (how long was waited, which error), or in English the web's
 * translation of it.
 */
export function RegisterLookups({ lookups }: { lookups: readonly RegisterLookup[] }) {
  const { t, i18n } = useTranslation('signals');
  return lookups
    .filter((l) => l.status !== 'ok')
    .map((l) => {
      const register = t(`matching.register.${l.register}`);
      const detail = i18n.language === 'en' || !l.message ? t(`matching.lookupText.${l.status}`, { register }) : l.message;
      return (
        <Paragraph key={l.register} className="sr-hint">
          <strong>{t(`matching.lookupStatus.${l.status}`, { register })}</strong> {detail}
        </Paragraph>
      );
    });
}
