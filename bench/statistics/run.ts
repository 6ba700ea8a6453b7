import { benchDashboard } from './dashboard';

// `npm run bench:statistics` (issue 11): the dashboard at 100,000 signals.
await benchDashboard();
