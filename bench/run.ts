import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/server/start';
import { benchThroughput } from './throughput';
import { benchDashboard } from './statistics/dashboard';
import { benchTransferSize } from './transfer-size';

// `npm run bench`: builds the front end, then prints the figures issues 2, 7 and 11 ask for. Not part of npm test.
execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
await benchThroughput();
await benchTransferSize();
await benchDashboard();
