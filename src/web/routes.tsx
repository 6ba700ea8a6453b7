import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './components/layout';
import { loadAdminTexts, loadBasisniveauTexts, loadRegionContentTexts, loadRegionPackTexts, loadRouteMapEditorTexts, loadStatisticsTexts, loadTrainingTexts } from './i18n/lazy-texts';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { RouteMapPage } from './pages/routemap-page';
import { publicSignalRoutes, signalRoutes } from './pages/signals/signal-routes';

// Only the wizard (home and route maps) is in the first bundle; the reference pages load on
// demand so the first page stays within its JavaScript budget.
const KnowledgeIndexPage = lazy(() => import('./pages/knowledge/index').then((m) => ({ default: m.KnowledgeIndexPage })));
const KnowledgeSectionPage = lazy(() => import('./pages/knowledge/index').then((m) => ({ default: m.KnowledgeSectionPage })));
const InfoPointIndexPage = lazy(() => import('./pages/info-point/index').then((m) => ({ default: m.InfoPointIndexPage })));
const InfoPointPage = lazy(() => import('./pages/info-point/index').then((m) => ({ default: m.InfoPointPage })));
const PartnersPage = lazy(() => import('./pages/partners-page').then((m) => ({ default: m.PartnersPage })));
const ApiReferencePage = lazy(() => import('./pages/api-reference-page').then((m) => ({ default: m.ApiReferencePage })));
// Logging in and the pages behind it: most visitors of the route maps never need them.
const LoginPage = lazy(() => import('./pages/login/login-page').then((m) => ({ default: m.LoginPage })));
const SetupPage = lazy(() => import('./pages/setup-page').then((m) => ({ default: m.SetupPage })));
const ActivationPage = lazy(() => import('./pages/activation-page').then((m) => ({ default: m.ActivationPage })));
const AccountPage = lazy(() => import('./pages/account-page').then((m) => ({ default: m.AccountPage })));
// Their texts come with them.
const UsersPage = lazy(() => Promise.all([import('./pages/users/users-page'), loadAdminTexts()]).then(([m]) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => Promise.all([import('./pages/audit/audit-page'), loadAdminTexts()]).then(([m]) => ({ default: m.AuditPage })));
const StatisticsPage = lazy(() => Promise.all([import('./pages/statistics/statistics-page'), loadStatisticsTexts()]).then(([m]) => ({ default: m.StatisticsPage })));
const RegionStatisticsPage = lazy(() => Promise.all([import('./pages/statistics/statistics-page'), loadStatisticsTexts()]).then(([m]) => ({ default: m.RegionStatisticsPage })));
const BasisniveauPage = lazy(() => Promise.all([import('./pages/basisniveau/basisniveau-page'), loadBasisniveauTexts()]).then(([m]) => ({ default: m.BasisniveauPage })));

const TrainingPage = lazy(() => Promise.all([import('./pages/training/training-page'), loadTrainingTexts()]).then(([m]) => ({ default: m.TrainingPage })));
// The route-map editor brings the diagram libraries (@xyflow/react, elkjs): only this page loads them.
const RouteMapEditorPage = lazy(() => Promise.all([import('./pages/region-content/routemap-editor/routemap-editor-page'), loadRouteMapEditorTexts()]).then(([m]) => ({ default: m.RouteMapEditorPage })));
const RouteMapPreviewPage = lazy(() => Promise.all([import('./pages/region-content/routemap-editor/routemap-preview-page'), loadRouteMapEditorTexts()]).then(([m]) => ({ default: m.RouteMapPreviewPage })));
// The partners and knowledge editors; the shared region-content parts (leave warning, loading) bring the route-map editor's texts.
// The overview of the region's content; its loading and region check are the route-map editor's (texts with it).
const RegionContentPage = lazy(() => Promise.all([import('./pages/region-content/overview/region-content-page'), loadRegionPackTexts(), loadRouteMapEditorTexts()]).then(([m]) => ({ default: m.RegionContentPage })));
const PartnersEditorPage = lazy(() => Promise.all([import('./pages/region-content/partners-editor/partners-editor-page'), loadRegionContentTexts(), loadRouteMapEditorTexts()]).then(([m]) => ({ default: m.PartnersEditorPage })));
const KnowledgeEditorPage = lazy(() => Promise.all([import('./pages/region-content/knowledge-editor/knowledge-editor-page'), loadRegionContentTexts(), loadRouteMapEditorTexts()]).then(([m]) => ({ default: m.KnowledgeEditorPage })));

export const routes: RouteObject[] = [
  ...publicSignalRoutes,
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'routekaart/:id', element: <RouteMapPage /> },
      { path: 'kennis', element: <KnowledgeIndexPage /> },
      { path: 'kennis/:section', element: <KnowledgeSectionPage /> },
      { path: 'partners', element: <PartnersPage /> },
      { path: 'informatie', element: <InfoPointIndexPage /> },
      { path: 'informatie/:lang', element: <InfoPointPage /> },
      { path: 'api-referentie', element: <ApiReferencePage /> },
      { path: 'inloggen', element: <LoginPage /> },
      { path: 'inrichten', element: <SetupPage /> },
      { path: 'activeren', element: <ActivationPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'beheer/gebruikers', element: <UsersPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'cijfers', element: <StatisticsPage /> },
      { path: 'cijfers/regio', element: <RegionStatisticsPage /> },
      { path: 'basisniveau', element: <BasisniveauPage /> },
      { path: 'cursus', element: <TrainingPage /> },
      { path: 'regio/inhoud', element: <RegionContentPage /> },
      { path: 'regio/inhoud/routekaarten/:mapId', element: <RouteMapEditorPage /> },
      { path: 'regio/inhoud/voorbeeld/:mapId', element: <RouteMapPreviewPage /> },
      { path: 'regio/inhoud/partners', element: <PartnersEditorPage /> },
      { path: 'regio/inhoud/kennis', element: <KnowledgeEditorPage /> },
      ...signalRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
