#!/usr/bin/env node
// `npx signaalroute <command>`: builds when the sources changed, then runs the bundled CLI.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, buildIsCurrent } from '../scripts/build-inputs.mjs';

if (!buildIsCurrent()) {
  const { buildAll } = await import('../scripts/build.mjs');
  await buildAll({ quiet: true });
}
await import(pathToFileURL(path.join(ROOT, 'dist/server/cli.js')).href);
