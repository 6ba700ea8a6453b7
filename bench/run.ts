import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/server/start';
import { benchBundleSize } from './bundle-size';
import { benchThroughput } from './throughput';

// `npm run bench`: builds the front end, then prints the figures issue 2 asks for. Not part of npm test.
execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
await benchThroughput();
await benchBundleSize();
