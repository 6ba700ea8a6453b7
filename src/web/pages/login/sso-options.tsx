import { ButtonLink, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ssoProviders, ssoStartUrl } from '../../api/auth-api';
import { markSsoStarted } from '../../state/return-path';

/**
 * One button per municipality that logs in through its own identity provider (Entra ID,
 * Keycloak). A plain link: the login continues at the provider, so the browser navigates there.
 */
export function SsoOptions() {
  const { t } = useTranslation();
  const headingId = useId();
  const providers = useQuery({ queryKey: ['sso-providers'], queryFn: ssoProviders, staleTime: 5 * 60_000 });
  // Without providers there is nothing to offer; a failure to list them must not block password login.
  if (!providers.data || providers.data.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="sr-section sr-sso">
      <Heading2 id={headingId}>{t('login.ssoHeading')}</Heading2>
      <Paragraph>{t('login.ssoIntro')}</Paragraph>
      <ul className="sr-sso__list">
        {providers.data.map((provider) => (
          <li key={provider.municipality}>
            <ButtonLink appearance="secondary-action-button" href={ssoStartUrl(provider.municipality)} onClick={markSsoStarted}>
              {provider.label}
            </ButtonLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
