import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** After the answer: thanks, and that the link is now used up. */
export function FeedbackThanks({ municipality }: { municipality: string }) {
  const { t } = useTranslation('signals');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="sr-container sr-narrow">
      <Heading1 ref={headingRef} tabIndex={-1} className="sr-focus-heading">
        {t('partner.thanksTitle')}
      </Heading1>
      <Paragraph lead>{t('partner.thanksText', { municipality })}</Paragraph>
      <Paragraph>{t('partner.thanksUsed')}</Paragraph>
    </div>
  );
}
