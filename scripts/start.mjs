import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, buildIsCurrent } from './build-inputs.mjs';

// `npm start`: build when the sources changed since the last build, then run the server.
if (!buildIsCurrent()) {
  const { buildAll } = await import('./build.mjs');
  await buildAll();
}
await import(pathToFileURL(path.join(ROOT, 'dist/server/main.js')).href);
