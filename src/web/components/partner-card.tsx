import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { PartnerView } from '../api/types';
import { ContactCard } from './contact-card';

/** A partner organisation, what it does, and each of its contacts. */
export function PartnerCard({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
  const headingId = `partner-${partner.id}`;
  return (
    <section aria-labelledby={headingId} className="sr-partner">
      <Heading2 id={headingId}>{partner.name}</Heading2>
      <Paragraph>{partner.description}</Paragraph>
      {partner.regions.length === 0 && <Paragraph small>{t('partners.national')}</Paragraph>}
      <div className="sr-contacts">
        {partner.contacts.map((contact) => (
          <ContactCard key={contact.id} contact={contact} showDescription={false} />
        ))}
      </div>
    </section>
  );
}
