import '../../../styles/signals.css';
import { RequireLogin } from '../../../components/require-login';
import { SignalFormLoader } from './signal-form-loader';

/** "Signaal doorgeven" (step 1 of seed 004): log in first, then the form with the saved draft. */
export function SignalFormPage() {
  return <RequireLogin>{(user) => <SignalFormLoader user={user} />}</RequireLogin>;
}
