import { Alert, Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstance } from '../../api/session';

/** Kept on this device once dismissed: the notice explains a setting, it is not news each visit. */
const KEY = 'signaalroute.email-uit-gezien';

function seen(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * For the aandachtsfunctionaris, once: this installation sends no e-mail, and what that means for
 * handovers, reminders and the reporter. Until "Begrepen" is pressed on this device.
 */
export function EmailOffNotice({ afterDismiss }: { afterDismiss?: () => void }) {
  const { t } = useTranslation('signals');
  const instance = useInstance();
  const [dismissed, setDismissed] = useState(seen);
  if (dismissed || instance.data?.emailEnabled !== false) return null;

  const dismiss = () => {
    try {
      window.localStorage.setItem(KEY, '1');
    } catch {
      // Without storage the notice comes back next visit; that is all.
    }
    setDismissed(true);
    afterDismiss?.();
  };

  return (
    <Alert type="info" className="sr-email-off">
      <Heading2 id="email-uit">{t('emailOff.heading')}</Heading2>
      <Paragraph>{t('emailOff.intro')}</Paragraph>
      <UnorderedList>
        <UnorderedListItem>{t('emailOff.handover')}</UnorderedListItem>
        <UnorderedListItem>{t('emailOff.reminders')}</UnorderedListItem>
        <UnorderedListItem>{t('emailOff.reporter')}</UnorderedListItem>
      </UnorderedList>
      <Paragraph>{t('emailOff.admin')}</Paragraph>
      <Button type="button" appearance="secondary-action-button" onClick={dismiss} aria-describedby="email-uit">
        {t('emailOff.dismiss')}
      </Button>
    </Alert>
  );
}
