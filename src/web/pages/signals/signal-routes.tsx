import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { LoadingState } from '../../components/loading-state';
import { loadSignalTexts } from '../../i18n/lazy-texts';

/**
 * The signal chain's pages (issue 4), each loaded on demand together with its texts: the route
 * wizard's first page carries none of them, nor zod.
 */
function page<M>(load: () => Promise<M>, pick: (m: M) => ComponentType) {
  return lazy(() => Promise.all([load(), loadSignalTexts()]).then(([m]) => ({ default: pick(m) })));
}

const SignalFormPage = page(() => import('./submit/signal-form-page'), (m) => m.SignalFormPage);
const MySignalsPage = page(() => import('./mine/my-signals-page'), (m) => m.MySignalsPage);
const InboxPage = page(() => import('./inbox/inbox-page'), (m) => m.InboxPage);
const CasePage = page(() => import('./case/case-page'), (m) => m.CasePage);
const MeetingsPage = page(() => import('./meetings/meetings-page'), (m) => m.MeetingsPage);
const MeetingPage = page(() => import('./meetings/meeting-page'), (m) => m.MeetingPage);
const SettingsPage = page(() => import('./settings/settings-page'), (m) => m.SettingsPage);
const JobsPage = page(() => import('./jobs/jobs-page'), (m) => m.JobsPage);
const OpenSealedPage = page(() => import('./sealed/open-sealed-page'), (m) => m.OpenSealedPage);
const SearchPage = page(() => import('./matching/search-page'), (m) => m.SearchPage);
const RegistersPage = page(() => import('./registers/registers-page'), (m) => m.RegistersPage);
const TermsPage = page(() => import('./retention/terms-page'), (m) => m.TermsPage);
const AfContactPage = page(() => import('./af-contact/af-contact-page'), (m) => m.AfContactPage);
const DeletionsPage = page(() => import('./retention/deletions-page'), (m) => m.DeletionsPage);
const PartnerFeedbackPage = page(() => import('./feedback/partner-feedback-page'), (m) => m.PartnerFeedbackPage);

/** Pages inside the app's layout (header, menu, footer). */
export const signalRoutes: RouteObject[] = [
  { path: 'signaal-doorgeven', element: <SignalFormPage /> },
  { path: 'mijn-signalen', element: <MySignalsPage /> },
  { path: 'signalen', element: <InboxPage /> },
  { path: 'signalen/zoeken', element: <SearchPage /> },
  { path: 'signalen/:id', element: <CasePage /> },
  { path: 'overleggen', element: <MeetingsPage /> },
  { path: 'overleggen/:id', element: <MeetingPage /> },
  { path: 'beheer/instellingen', element: <SettingsPage /> },
  { path: 'beheer/achtergrondtaken', element: <JobsPage /> },
  { path: 'beheer/registers', element: <RegistersPage /> },
  { path: 'beheer/bewaartermijnen', element: <TermsPage /> },
  { path: 'beheer/aandachtsfunctionaris', element: <AfContactPage /> },
  { path: 'verwijderingen', element: <DeletionsPage /> },
  { path: 'audit/afgeschermde-regel', element: <OpenSealedPage /> },
];

/**
 * The partner's feedback page: outside the app's layout, because a partner has no account and
 * nothing of the app's menu or login concerns them.
 */
export const publicSignalRoutes: RouteObject[] = [
  {
    path: '/terugkoppeling',
    element: (
      <Suspense fallback={<LoadingState />}>
        <PartnerFeedbackPage />
      </Suspense>
    ),
  },
];
