import '../../../styles/signals.css';
import { useParams } from 'react-router';
import { RequireLogin } from '../../../components/require-login';
import { MeetingView } from './meeting-view';

/**
 * One signal meeting: its agenda, pseudonymised (no names, no reporter, no free text), so it can
 * be shown at the table with partners; the decision per signal goes onto the signal's history.
 */
export function MeetingPage() {
  const { id = '' } = useParams();
  return <RequireLogin role="aandachtsfunctionaris">{() => <MeetingView id={id} />}</RequireLogin>;
}
