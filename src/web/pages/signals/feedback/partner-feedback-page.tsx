import '../../../styles/signals.css';
import { PublicFrame } from '../../../components/signals/public-frame';
import { PartnerFeedback } from './partner-feedback';

/**
 * The partner's answer to a handover (step 5 of seed 004), without an account: the one-time link
 * carries a token in its fragment, which is read once and removed from the address bar.
 */
export function PartnerFeedbackPage() {
  return (
    <PublicFrame>
      <PartnerFeedback />
    </PublicFrame>
  );
}
