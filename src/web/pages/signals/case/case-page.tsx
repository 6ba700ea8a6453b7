import '../../../styles/signals.css';
import { useParams } from 'react-router';
import { RequireLogin } from '../../../components/require-login';
import { CaseLoader } from './case-loader';

/** One signal as the AF handles it (steps 2 to 6 of seed 004). Only the AF reaches this page. */
export function CasePage() {
  const { id = '' } = useParams();
  return <RequireLogin role="aandachtsfunctionaris">{(user) => <CaseLoader id={id} user={user} />}</RequireLogin>;
}
