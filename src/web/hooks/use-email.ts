import { useInstance } from '../api/session';

/**
 * Whether this installation sends e-mail (no SMTP_URL: it does not). False until known, so the
 * site never offers or promises an e-mail that may not come.
 */
export function useEmailEnabled(): boolean {
  return useInstance().data?.emailEnabled ?? false;
}

/**
 * The translation context of texts that read differently without e-mail: `t(key, emailContext)`
 * picks `key_noEmail` when e-mail is off.
 */
export function useEmailContext(): { context: 'noEmail' | undefined } {
  return { context: useEmailEnabled() ? undefined : 'noEmail' };
}
