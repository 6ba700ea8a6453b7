import { addDutchDays } from '../../domain/time/dutch-calendar';
import { randomToken, sha256 } from '../auth/secrets';

/** The page of the web app where a partner answers; the token travels in the fragment, never to a server log. */
export const FEEDBACK_PAGE = '/terugkoppeling';

/** A feedback link stays usable this many days after the due date. */
export const FEEDBACK_LINK_GRACE_DAYS = 30;

/** A new one-time token: 256 random bits; only its SHA-256 is stored (docs/decisions/0006). */
export function newFeedbackToken(): { token: string; hash: string } {
  const token = randomToken();
  return { token, hash: sha256(token) };
}

export function feedbackLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${FEEDBACK_PAGE}#token=${token}`;
}

export function feedbackLinkExpiry(dueAt: Date): Date {
  return addDutchDays(dueAt, FEEDBACK_LINK_GRACE_DAYS);
}
